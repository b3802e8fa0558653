import { describe, expect, it } from "vitest";
import { editionBase, figureRowId, linkFrom, paths, withBase } from "../../src/lib/url.ts";

describe("withBase", () => {
  it("prefixes a root-relative path with a base that ends in a slash", () => {
    expect(withBase("/periods/", "/sms-report/")).toBe("/sms-report/periods/");
    expect(withBase("/charts/a.svg", "/sms-report/")).toBe("/sms-report/charts/a.svg");
  });

  it("adds the slash a base without one lacks", () => {
    expect(withBase("/periods/", "/sms-report")).toBe("/sms-report/periods/");
    expect(withBase("/", "/sms-report")).toBe("/sms-report/");
  });

  it("keeps the root base as it is", () => {
    expect(withBase("/periods/2024-11/", "/")).toBe("/periods/2024-11/");
    expect(withBase("/", "/")).toBe("/");
  });

  it("accepts a path without its leading slash, and drops only one slash", () => {
    expect(withBase("periods/", "/sms-report/")).toBe("/sms-report/periods/");
    expect(withBase("feed.xml", "/")).toBe("/feed.xml");
  });

  it("keeps a fragment and a query", () => {
    expect(withBase("/sources/#bulletin", "/r/")).toBe("/r/sources/#bulletin");
    expect(withBase("/data/?v=1", "/r")).toBe("/r/data/?v=1");
  });

  it("uses the root as base outside a Vite build", () => {
    expect(withBase("/about/")).toBe("/about/");
  });
});

describe("paths", () => {
  it("spells every page of the site with a trailing slash", () => {
    expect([paths.home(), paths.periods(), paths.years(), paths.about(), paths.sources(), paths.notes(), paths.indicators(), paths.data()]).toEqual([
      "/",
      "/periods/",
      "/years/",
      "/about/",
      "/sources/",
      "/notes/",
      "/indicators/",
      "/data/",
    ]);
    expect(paths.period("2024-11")).toBe("/periods/2024-11/");
    expect(paths.year("2023")).toBe("/years/2023/");
    expect(paths.indicator("calls.received")).toBe("/indicators/calls.received/");
  });

  it("spells the files: PDFs, charts, data, feed and sitemap", () => {
    expect(paths.yearPdf("2023")).toBe("/years/2023.pdf");
    expect(paths.chartSvg("period-2024-11-legal")).toBe("/charts/period-2024-11-legal.svg");
    expect(paths.chartCsv("period-2024-11-legal")).toBe("/charts/period-2024-11-legal.csv");
    expect(paths.chartSvgOn("period-2024-11-legal", "2026-01-15")).toBe("/charts/period-2024-11-legal.2026-01-15.svg");
    expect(paths.dataFile("observations.csv")).toBe("/data/observations.csv");
    expect(paths.feed()).toBe("/feed.xml");
    expect(paths.sitemap()).toBe("/sitemap-index.xml");
  });

  it("points at a source document as a fragment of the sources page", () => {
    expect(paths.source("bulletin")).toBe("/sources/#bulletin");
  });

  it("names a page's social card after the page's path", () => {
    expect(paths.card("/periods/2024-11/")).toBe("/cards/periods/2024-11.png");
    expect(paths.card("/years/2023/")).toBe("/cards/years/2023.png");
    expect(paths.card("/home/")).toBe("/cards/home.png");
    expect(paths.card(paths.indicator("calls.received"))).toBe("/cards/indicators/calls.received.png");
  });
});

describe("figureRowId", () => {
  it("joins the table and the metric with a hyphen", () => {
    expect(figureRowId("fig", "calls.received")).toBe("fig-calls.received");
    expect(figureRowId("2017-h1", "foreigners.registered")).toBe("2017-h1-foreigners.registered");
  });

  it("keeps the rows of one metric in two tables apart", () => {
    expect(figureRowId("fig", "stay.applications")).not.toBe(figureRowId("2017-h1", "stay.applications"));
  });
});

describe("links between the pages of an edition", () => {
  it("keep a link in the edition of the page it is on, under the deploy base", () => {
    expect(linkFrom(new URL("https://x.org/az/periods/2024-11/"), "/periods/")).toBe("/az/periods/");
    expect(linkFrom(new URL("https://x.org/periods/2024-11/"), "/periods/")).toBe("/periods/");
    expect(linkFrom(new URL("https://x.org/sms/ru/years/2024/"), "/about/", "/sms/")).toBe("/sms/ru/about/");
    // An English page whose path merely starts like a language stays English.
    expect(linkFrom(new URL("https://x.org/azimuth/"), "/data/")).toBe("/data/");
  });

  it("give each edition's narratives the base their links need", () => {
    expect(editionBase("en", "/")).toBe("/");
    expect(editionBase("az", "/sms/")).toBe("/sms/az/");
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { getSiteModel } from "../../src/lib/site.ts";
import { builtPage } from "../helpers/builtSite.ts";

const siteDir = inject("siteDir");
const links = (path: string, selector: string) => [...builtPage(path).querySelectorAll(selector)].map((a) => a.getAttribute("href")!);
const periodPages = links("/periods/", "tbody th a");
const indicatorPages = links("/indicators/", ".indicator-list a");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith(".html") ? [path] : [];
  });
}

// linkedom has no CSS.escape; chart ids only need their dots escaped.
const escapeId = (id: string) => id.replaceAll(".", "\\.");

function checkFigure(figure: Element) {
  const svg = figure.querySelector('svg[role="img"]');
  expect(svg, `${figure.id} has a chart`).not.toBeNull();
  expect(svg!.getAttribute("aria-label")?.trim() || svg!.querySelector("title")?.textContent?.trim()).toBeTruthy();
  expect(svg!.querySelectorAll("[aria-label]"), `${figure.id}: no labels inside the chart`).toHaveLength(0);
  expect(figure.querySelector("figcaption strong")?.textContent?.trim()).toBeTruthy();
  expect(figure.querySelector(`#${escapeId(svg!.getAttribute("aria-describedby")!)}`)?.textContent?.trim()).toBeTruthy();
  const rows = figure.querySelectorAll("details table tbody tr");
  expect(rows.length, `${figure.id} has its data as a table`).toBeGreaterThan(0);
}

describe("charts on period pages", () => {
  it("finds the period pages", () => {
    expect(periodPages.length).toBeGreaterThanOrEqual(15);
  });

  it.each(periodPages)("%s has at least two charts, each named, captioned and with its data", (path) => {
    const figures = [...builtPage(path).querySelectorAll("figure.chart-figure")];
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) checkFigure(figure);
  });

  it.each(periodPages)("%s has no id twice", (path) => {
    const ids = [...builtPage(path).querySelectorAll("[id]")].map((n) => n.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("breaks November 2024's decisions down with the part the source does not itemise", () => {
    const figure = builtPage("/periods/2024-11/").querySelector("#chart-2024-11-parts-irregular\\.decisions")!;
    const cells = [...figure.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector("data")!.textContent]);
    expect(cells).toContainEqual(["Not itemised in the source", "4"]);
    expect(figure.querySelector("figcaption")!.textContent).toContain("4 decisions are not itemised in the source");
  });

  it("compares January–June 2018 with January–June 2017", () => {
    const figure = builtPage("/periods/2018-h1/").querySelector("#chart-2018-h1-change-2017-h1");
    expect(figure?.querySelectorAll("tbody tr").length).toBeGreaterThan(5);
  });

  it("breaks down the undated block's applications by direction and by topic, all flagged", () => {
    const page = builtPage("/periods/unlabeled/");
    for (const id of ["parts", "topics"]) {
      const figure = page.querySelector(`#chart-unlabeled-${id}-applications\\.total`);
      expect(figure?.querySelectorAll("tbody tr.status-flagged").length).toBeGreaterThanOrEqual(3);
    }
    // Every chart of the page is flagged alike, so the key says so once, above them.
    expect(page.querySelector(".chart-keys .chart-swatch-flagged")).not.toBeNull();
  });

  it("charts the changes from 2020 that the source states for 2021", () => {
    const figure = builtPage("/periods/2021/").querySelector("#chart-2021-stated-change-2020");
    expect(figure?.querySelector("figcaption")?.textContent).toContain("The source gives no figures for 2020");
    expect(figure?.querySelectorAll("tbody tr").length).toBeGreaterThanOrEqual(2);
  });
});

describe("indicator pages", () => {
  it("lists indicators by topic and links them from the main menu", () => {
    expect(indicatorPages.length).toBeGreaterThan(20);
    expect(builtPage("/indicators/").querySelectorAll("h2").length).toBeGreaterThan(3);
    expect(links("/", "nav a")).toContain("/indicators/");
  });

  it.each(indicatorPages)("%s has its charts or single figures, and every figure in a table", (path) => {
    const page = builtPage(path);
    const figures = [...page.querySelectorAll("figure.chart-figure")];
    expect(figures.length + page.querySelectorAll(".single-figure").length).toBeGreaterThan(0);
    for (const figure of figures) checkFigure(figure);
    expect(page.querySelectorAll(".indicator-table tbody tr a[href^='/periods/']").length).toBeGreaterThanOrEqual(2);
  });

  it("keeps months and cumulative totals in separate charts, and the undated block in the table only", () => {
    const page = builtPage("/indicators/calls.received/");
    const monthly = page.querySelector("#chart-indicator-calls\\.received-month")!;
    const labels = [...monthly.querySelectorAll("tbody th")].map((th) => th.textContent);
    expect(labels).toContain("November 2024");
    expect(labels).not.toContain("January–September 2024");
    // The one nine-month total is shown as a figure, not a chart.
    expect(page.querySelector("#chart-indicator-calls\\.received-nine-months")).toBeNull();
    expect([...page.querySelectorAll(".single-figure figcaption")].map((c) => c.textContent)).toContain("Nine months (cumulative)");
    expect(page.querySelector(".chart-grid")!.textContent).not.toContain("Undated block");
    expect(page.querySelector(".indicator-table")!.textContent).toContain("Undated block");
  });

  it("resolves every link to a period page, fragment included", () => {
    for (const path of indicatorPages) {
      for (const href of links(path, "a[href^='/periods/']")) {
        const [target, fragment] = href.split("#");
        const linked = builtPage(target!);
        if (fragment) expect(linked.getElementById(fragment), `${path} -> ${href}`).not.toBeNull();
      }
    }
  });
});

describe("downloads", () => {
  const downloads = [...periodPages, ...indicatorPages].flatMap((path) => links(path, ".chart-downloads a"));

  it("links a standalone SVG and a CSV under every chart, and both exist", () => {
    expect(downloads.length).toBeGreaterThan(100);
    for (const href of downloads) expect(existsSync(join(siteDir, href)), href).toBe(true);
  });

  it("writes SVG files with the namespace and a title, and CSV files with a header", () => {
    const svg = readFileSync(join(siteDir, "charts/2024-11-parts-irregular.decisions.svg"), "utf8");
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    const { DOMParser } = parseHTML("<!doctype html><html></html>");
    const xml = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\n/, ""), "image/svg+xml");
    expect(xml.querySelector("title")?.textContent).toContain("November 2024");
    const csv = readFileSync(join(siteDir, "charts/2024-11-parts-irregular.decisions.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("period,metric,label,value,status");
    expect(csv).toContain("2024-11,,Not itemised in the source,4,computed by this report");
  });
});

describe("the built site", () => {
  it("ships no script but the search page's: elsewhere the only <script> elements are JSON-LD metadata, which browsers do not run", () => {
    const files = htmlFiles(siteDir);
    expect(files.length).toBeGreaterThan(40);
    const searchPages = ["search", "az/search", "ru/search"].map((dir) => join(siteDir, dir, "index.html"));
    expect(files).toEqual(expect.arrayContaining(searchPages));
    for (const file of files) {
      const scripts = readFileSync(file, "utf8").replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "").match(/<script\b[^>]*>/gi) ?? [];
      // The search box's one script, a file of the site (src/scripts/search.ts), not inline code.
      if (searchPages.includes(file)) expect(scripts, file).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[\w.-]+\.js">$/)]);
      else expect(scripts, file).toEqual([]);
    }
  });
});

describe("chart marks", () => {
  // Every period's name in every edition, to find the one each mark's title names.
  const labels = (["en", "az", "ru"] as const).flatMap((edition) => getSiteModel(edition).periods.all.map((p) => p.label));

  it.each(["", "az/", "ru/"])("/%scharts/*.svg: every chart draws two values or more, and every bar has a <title> with its period and its value", (prefix) => {
    const files = readdirSync(join(siteDir, prefix, "charts")).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { document } = parseHTML(readFileSync(join(siteDir, prefix, "charts", file), "utf8"));
      const marks = [...document.querySelectorAll("g.chart-value > rect")];
      // A single value is shown as a figure, never as a one-bar chart.
      expect(marks.length, `${file} draws fewer than two values`).toBeGreaterThanOrEqual(2);
      for (const mark of marks) {
        const title = mark.querySelector("title")?.textContent ?? "";
        expect(title, `${file}: a bar's title`).toMatch(/\d/);
        expect(labels.some((label) => title.toLowerCase().includes(label.toLowerCase())), `${file}: "${title}" names a period`).toBe(true);
      }
    }
  });
});

describe("single figures", () => {
  it("show a kind of period with one figure as that figure, with its period and citation, on the indicator page", () => {
    const page = builtPage("/indicators/irregular.decisions/");
    const singles = [...page.querySelectorAll(".single-figure")];
    expect(singles.map((s) => s.querySelector("figcaption")?.textContent)).toEqual(["Six months (cumulative)", "Nine months (cumulative)", "Full year"]);
    expect(singles.map((s) => s.querySelector("data")?.getAttribute("value"))).toEqual(["9415", "16526", "23089"]);
    expect(singles[0]!.querySelector("a")?.getAttribute("href")).toBe("/periods/2024-h1/#fig-irregular.decisions");
    expect(singles[0]!.querySelector(".cite a")?.textContent).toMatch(/line \d+/);
    expect(page.querySelectorAll("figure.chart-figure")).toHaveLength(1);
  });
});

describe("chart keys", () => {
  it("write a key line every chart of the page shares once, above the charts, and under none of them", () => {
    const page = builtPage("/periods/2023-08-a/");
    const shared = [...page.querySelectorAll(".chart-keys .chart-key")];
    expect(shared.map((k) => k.querySelector(".chart-swatch")?.getAttribute("class"))).toEqual(["chart-swatch chart-swatch-flagged"]);
    expect(page.querySelectorAll("figure.chart-figure").length).toBeGreaterThan(1);
    expect(page.querySelectorAll("figure.chart-figure .chart-swatch-flagged")).toHaveLength(0);
    // A line not every chart shares stays under the charts that have it.
    expect(page.querySelectorAll("figure.chart-figure .chart-swatch-derived").length).toBeGreaterThan(0);
  });
});

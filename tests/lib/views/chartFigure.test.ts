import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { plainCitation } from "../../../src/lib/share/citation.ts";
import { chartFigureView, sharedKeys } from "../../../src/lib/views/chartFigure.ts";
import { FIXTURE_MODEL } from "../../helpers/narrative.ts";

describe("chartFigureView", () => {
  it("keys the ways a chart draws its values, with their reasons, and keeps the other notes apart", () => {
    // January 2024's breakdown has a computed bar: the part of the total its parts leave out.
    const chart = FIXTURE_MODEL.charts.ofPeriod("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
    const view = chartFigureView(FIXTURE_MODEL, chart);
    expect(view.figureId).toBe("chart-2024-01-parts-decisions.total");
    expect(view.keys.map((k) => k.status)).toEqual(["derived"]);
    expect(view.keys[0]!.reasons.length).toBeGreaterThan(0);
    expect(view.notes).toEqual(chart.notes.filter((n) => n.status === undefined).map((n) => n.text));
    expect(view.svg).toMatch(new RegExp(`^<svg aria-describedby="${view.findingId}" `));
  });

  it("writes a key line shared word for word by every chart of a group once, above them, and not under each", () => {
    const chart = FIXTURE_MODEL.charts.ofPeriod("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
    const twin = { ...chart, id: "twin" };
    const shared = sharedKeys([chart, twin]);
    expect(shared.map((k) => k.status)).toEqual(["derived"]);
    expect(chartFigureView(FIXTURE_MODEL, chart, shared).keys).toEqual([]);
    // A chart alone keeps its key; so does a group where not every chart has the line.
    expect(sharedKeys([chart])).toEqual([]);
    const plain = { ...chart, id: "plain", rows: chart.rows.map((r) => ({ ...r, status: "published" as const })) };
    expect(sharedKeys([chart, plain])).toEqual([]);
  });
});

describe("a chart's embed", () => {
  const chart = FIXTURE_MODEL.charts.ofPeriod("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
  const place = {
    absolute: (path: string) => new URL(`/sms-report${path}`, "https://example.org").href,
    page: "https://example.org/sms-report/periods/2024-01/",
    builtOn: "2026-01-15",
  };

  it("shows this build's dated SVG file as an image, described by the chart's name and finding, at the size it was drawn", () => {
    const { embed } = chartFigureView(FIXTURE_MODEL, chart, [], place);
    const img = parseHTML(`<!doctype html><html><body>${embed!.snippet}</body></html>`).document.querySelector("figure > img")!;
    expect(img.getAttribute("src")).toBe("https://example.org/sms-report/charts/2024-01-parts-decisions.total.2026-01-15.svg");
    expect(img.getAttribute("alt")).toBe(`${chart.label}. ${chart.finding}`);
    const svg = FIXTURE_MODEL.svg(chart);
    expect(img.getAttribute("width")).toBe(/ width="(\d+)"/.exec(svg)![1]);
    expect(img.getAttribute("height")).toBe(/ height="(\d+)"/.exec(svg)![1]);
  });

  it("links the title back to the chart on its page and cites the chart as pages are cited", () => {
    const { embed, figureId } = chartFigureView(FIXTURE_MODEL, chart, [], place);
    const caption = parseHTML(`<!doctype html><html><body>${embed!.snippet}</body></html>`).document.querySelector("figcaption")!;
    const link = `https://example.org/sms-report/periods/2024-01/#${figureId}`;
    expect(caption.querySelector("a")!.getAttribute("href")).toBe(link);
    expect(caption.querySelector("a")!.textContent).toBe(chart.title);
    expect(caption.querySelector("small")!.textContent).toBe(plainCitation({ key: chart.id, title: chart.title, url: link, builtOn: "2026-01-15" }, FIXTURE_MODEL.m));
  });

  it("says which version it shows and links the chart's stable file for the latest", () => {
    const { embed } = chartFigureView(FIXTURE_MODEL, chart, [], place);
    expect(embed!.note).toContainEqual({ text: "15 January 2026", datetime: "2026-01-15" });
    expect(embed!.note).toContainEqual(expect.objectContaining({ href: "/charts/2024-01-parts-decisions.total.svg" }));
  });

  it("is left out where the chart has no files", () => {
    expect(chartFigureView(FIXTURE_MODEL, chart).embed).toBeUndefined();
  });
});

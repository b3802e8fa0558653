import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHART_CLASS, renderChart, standaloneSvg, svgSize } from "../../../src/lib/charts/renderChart.ts";
import { hatchPatterns } from "../../../src/lib/charts/statusStyle.ts";
import { parseSvg } from "./svgMarks.ts";

const bars = (title?: string): Plot.PlotOptions => ({
  title,
  marks: [hatchPatterns, Plot.barX([3, 1, 2], { x: (d: number) => d, y: (_: number, i: number) => `row ${i}`, fill: "url(#hatch-bar)" }), Plot.frame()],
});

describe("renderChart", () => {
  it("gives the same bytes for the same chart, whatever was drawn before", () => {
    const first = renderChart(bars(), { id: "a", label: "Bars" });
    // Plot's own id counters move on with every chart it draws.
    renderChart({ marks: [Plot.lineY([1, 2, 3], { clip: true })] }, { id: "other", label: "Other" });
    renderChart(bars(), { id: "b", label: "Bars" });
    expect(renderChart(bars(), { id: "a", label: "Bars" })).toBe(first);
  });

  it("renumbers every id under the chart's prefix and keeps references pointing at them", () => {
    const svg = parseSvg(renderChart(bars(), { id: "chart-x", label: "Bars" }));
    const ids = [...svg.querySelectorAll("[id]")].map((n) => n.getAttribute("id"));
    expect(ids).toEqual(["chart-x-1", "chart-x-2"]);
    const fills = [...svg.querySelectorAll("*")].map((n) => n.getAttribute("fill") ?? "").filter((f) => f.startsWith("url("));
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(ids).toContain(fill!.slice(5, -1));
  });

  it("names the chart for assistive technology and drops Plot's inner labels", () => {
    const svg = parseSvg(renderChart(bars(), { id: "a", label: "Bar chart: three rows", describedBy: "finding" }));
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Bar chart: three rows");
    expect(svg.getAttribute("aria-describedby")).toBe("finding");
    expect(svg.getAttribute("class")).toBe(CHART_CLASS);
    expect(svg.querySelectorAll("[aria-label], [aria-hidden], [aria-description]")).toHaveLength(0);
  });

  it("returns the <svg> when Plot wraps the chart in a <figure>, without Plot's heading", () => {
    const html = renderChart(bars("A title Plot would print as a heading"), { id: "a", label: "Bars" });
    expect(html.startsWith("<svg")).toBe(true);
    expect(html).not.toContain("<h2");
    expect(html).not.toContain("A title Plot would print");
  });

  it("writes a standalone file with the SVG namespace that parses as XML", () => {
    const file = standaloneSvg(renderChart(bars(), { id: "a", label: "Bars", describedBy: "finding" }), "Three rows", "Row 0 is longest.");
    expect(file).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    const { DOMParser } = parseHTML("<!doctype html><html></html>");
    const xml = new DOMParser().parseFromString(file.replace(/^<\?xml[^>]*>\n/, ""), "image/svg+xml");
    expect(xml.querySelector("title")?.textContent).toBe("Three rows");
    expect(xml.querySelector("desc")?.textContent).toBe("Row 0 is longest.");
    expect(file).not.toContain("aria-describedby");
  });

  it("reads the size the chart was drawn at, for an <img> of its file", () => {
    expect(svgSize(renderChart({ ...bars(), width: 460, height: 340 }, { id: "a", label: "Bars" }))).toEqual({ width: 460, height: 340 });
    // Plot's default size, when a spec gives none.
    expect(svgSize(renderChart(bars(), { id: "a", label: "Bars" }))).toEqual({ width: 640, height: expect.any(Number) });
    expect(() => svgSize('<svg viewBox="0 0 10 10"><g /></svg>')).toThrow(/no width and height/);
  });
});

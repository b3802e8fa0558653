import { describe, expect, it } from "vitest";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import type { GapBand, SeriesPoint } from "../../../src/lib/charts/seriesByKind.ts";
import { smallMultiple, type MultipleAxis } from "../../../src/lib/charts/smallMultiple.ts";
import { marksInOrder, parseSvg } from "./svgMarks.ts";

const point = (label: string, start: string, end: string, value: number, status: SeriesPoint["status"] = "published"): SeriesPoint => ({ label, start, end, value, display: String(value), status, title: `${label}: ${value} (${status})` });
const points = [
  point("February 2024", "2024-02-01", "2024-02-29", 19155),
  point("April 2024", "2024-04-01", "2024-04-30", 23847),
  point("May 2024", "2024-05-01", "2024-05-31", 31184, "derived"),
];
const gaps: GapBand[] = [{ start: "2024-03-01", end: "2024-03-31", reason: "no-bulletin", title: "March 2024: no bulletin among the sources" }];
// The axis the row shares reaches a month before the series and a month after it.
const axis: MultipleAxis = { start: "2024-01-01", end: "2024-06-30", startLabel: "Jan 2024", endLabel: "Jun 2024" };
const render = () => renderChart(smallMultiple(points, gaps, axis), { id: "key-stay", label: "Bar chart over time: applications, month by month" });

describe("smallMultiple", () => {
  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/smallMultiple.svg");
  });

  it("draws every month with its <title>, the latest strong and the others quieter", () => {
    const marks = marksInOrder(render(), "x");
    expect(marks.map((m) => m.querySelector("title")?.textContent)).toEqual(points.map((p) => p.title));
    expect(marks.slice(0, 2).map((m) => m.getAttribute("stroke"))).toEqual(["var(--chart-context, #7a8ca0)", "var(--chart-context, #7a8ca0)"]);
    expect(marks[2]!.getAttribute("stroke")).toBe("var(--chart-bar, #1d5a8c)");
    expect(marks[2]!.getAttribute("fill")).toMatch(/^url\(#key-stay-\d+\)$/);
  });

  it("places months on the shared axis, not on the series' own, and names its two ends", () => {
    const svg = render();
    const [february] = marksInOrder(svg, "x");
    // January, before the series' first month, takes a sixth of the 292 px between the margins.
    expect(Number(february!.getAttribute("x"))).toBeGreaterThan(4 + 292 * (31 / 182) - 1);
    expect([...parseSvg(svg).querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Jan 2024", "Jun 2024"]);
  });

  it("shades the gap behind the bars, with its <title>", () => {
    const root = parseSvg(render());
    const band = root.querySelector("g.chart-gap");
    expect([...band!.querySelectorAll("rect > title")].map((t) => t.textContent)).toEqual([gaps[0]!.title]);
    const children = [...root.children];
    expect(children.indexOf(band!)).toBeGreaterThan(-1);
    expect(children.indexOf(band!)).toBeLessThan(children.indexOf(root.querySelector("g.chart-value")!));
  });
});

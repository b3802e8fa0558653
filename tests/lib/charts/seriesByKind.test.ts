import { describe, expect, it } from "vitest";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { seriesByKind, timeTicks, type GapBand, type SeriesPoint } from "../../../src/lib/charts/seriesByKind.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

const months: SeriesPoint[] = [
  { label: "August 2023 (first bulletin)", start: "2023-08-01", end: "2023-08-31", value: 6117, display: "6,117", status: "flagged", title: "August 2023 (first bulletin): 6,117 (flagged)" },
  { label: "August 2023 (second bulletin)", start: "2023-08-01", end: "2023-08-31", value: 9160, display: "9,160", status: "flagged", title: "August 2023 (second bulletin): 9,160 (flagged)" },
  { label: "February 2024", start: "2024-02-01", end: "2024-02-29", value: 6268, display: "6,268", status: "published", title: "February 2024: 6,268 (published)" },
  { label: "September 2024 (derived)", start: "2024-09-01", end: "2024-09-30", value: 5882, display: "5,882", status: "derived", title: "September 2024 (derived): 5,882 (derived)" },
  { label: "November 2024", start: "2024-11-01", end: "2024-11-30", value: 0, display: "0", status: "published", title: "November 2024: 0 (published)" },
];
const render = (points = months) => renderChart(seriesByKind(points, { unit: "calls", months: en.charts.axis.months }, en), { id: "series", label: "Bar chart over time: calls" });

describe("seriesByKind", () => {
  it("gives every bar its <title> with the period, the value and the status", () => {
    expect(valueMarks(render()).map((rect) => rect.querySelector("title")?.textContent).sort()).toEqual(months.map((p) => p.title).sort());
  });

  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/seriesByKind.svg");
  });

  it("draws one bar per period, a zero included", () => {
    expect(valueMarks(render())).toHaveLength(months.length);
  });

  it("puts two periods with the same dates side by side rather than on top of each other", () => {
    const [first, second] = valueMarks(render()).filter((m) => m.parentElement?.getAttribute("stroke-dasharray"));
    const right = Number(first!.getAttribute("x")) + Number(first!.getAttribute("width"));
    expect(Number(second!.getAttribute("x"))).toBeGreaterThanOrEqual(right);
  });

  it("leaves months without a figure as gaps on a true time axis", () => {
    const [, , february, september, november] = marksInOrder(render(), "x").map((m) => Number(m.getAttribute("x")));
    // February to September is seven months, September to November two.
    expect((september! - february!) / (november! - september!)).toBeCloseTo(214 / 61, 0);
  });

  it("prints the value on a lone bar and keeps it off the axis edges", async () => {
    const single = render([months[2]!]);
    expect(valueMarks(single)).toHaveLength(1);
    expect(single).toContain(">6,268</text>");
    await expect(single).toMatchFileSnapshot("./__snapshots__/seriesByKind-single.svg");
  });
});

describe("seriesByKind with gaps", () => {
  const gaps: GapBand[] = [
    { start: "2023-09-01", end: "2024-01-31", reason: "no-bulletin", title: "September 2023 – January 2024: no bulletin among the sources" },
    { start: "2024-03-01", end: "2024-08-31", reason: "no-figure", title: "March 2024 – August 2024: not among that period's figures" },
    { start: "2024-10-01", end: "2024-10-31", reason: "no-bulletin", title: "October 2024: no bulletin among the sources" },
  ];
  const svg = renderChart(seriesByKind(months, { unit: "calls", months: en.charts.axis.months, gaps, gapKey: en.charts.gaps.key }, en), { id: "gaps", label: "Bar chart over time: calls" });
  const root = parseSvg(svg);

  it("draws a band with its <title> for every gap, shaded or outlined by its reason", () => {
    const bands = [...root.querySelectorAll("g.chart-gap")];
    expect(bands.map((g) => [...g.querySelectorAll("title")].map((t) => t.textContent))).toEqual([[gaps[0]!.title, gaps[2]!.title], [gaps[1]!.title]]);
    expect(bands.map((g) => [g.getAttribute("fill"), g.getAttribute("stroke-dasharray")])).toEqual([["var(--chart-gap, #eef1f4)", null], ["none", "2,3"]]);
  });

  it("keys each reason once, however many gaps it has", () => {
    expect([...root.querySelectorAll(".chart-gap-key text")].map((t) => t.textContent)).toEqual([en.charts.gaps.key["no-bulletin"], en.charts.gaps.key["no-figure"]]);
  });

  it("leaves every bar its <title>", () => {
    expect(valueMarks(svg)).toHaveLength(months.length);
  });
});

describe("timeTicks", () => {
  const format = timeTicks(["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]);
  const ticks = (...isos: string[]) => isos.map((iso) => new Date(`${iso}T00:00:00Z`));
  const labels = (dates: Date[]) => dates.map((d, i) => format(d, i, dates));

  it("names the months in the edition's words, the year under the first and under each January", () => {
    expect(labels(ticks("2023-10-01", "2024-01-01", "2024-04-01"))).toEqual(["O\n2023", "J\n2024", "A"]);
  });

  it("gives years alone when every tick is a 1 January, and days with their month otherwise", () => {
    expect(labels(ticks("2022-01-01", "2023-01-01"))).toEqual(["2022", "2023"]);
    expect(labels(ticks("2024-02-05", "2024-02-12", "2024-03-04"))).toEqual(["5\nF", "12", "4\nM"]);
  });
});

import { describe, expect, it } from "vitest";
import { comparisonChart, comparisonCharts } from "../../../src/lib/charts/comparisonCharts.ts";
import type { ChartSources, ComputedFigure } from "../../../src/lib/charts/figures.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Period } from "../../../src/lib/dataset/types.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);
const period = (id: string, in_: ChartSources = sources) => in_.dataset.periods.find((p) => p.id === id)!;
const own = (id: string, in_: ChartSources = sources) => in_.figures.ofPeriod(id).filter((f) => !f.metric.claim);
const compare = (id: string, in_: ChartSources = sources, covered: ReadonlySet<string> = new Set()) => comparisonCharts(in_, period(id, in_), own(id, in_), covered, 3);

/** The fixture with a March 2024 computed as the half-year minus the two months before it. */
function withDerivedMonth(): ChartSources {
  const march: Period = { ...period("2024-02"), id: "2024-03", label: "March 2024 (derived)", start: "2024-03-01", end: "2024-03-31", flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] } };
  const figure: ComputedFigure = { period: "2024-03", metric: "stay.applications", value: 164503 - 27328 - 19155, raw: "", document: "bulletin", line: 5, formula: "First half of 2024 − January 2024 − February 2024" };
  return chartSources({ ...dataset, periods: [...dataset.periods, march] }, [figure]);
}

describe("comparisonCharts", () => {
  it("compares a month with earlier months only, never with a cumulative period", () => {
    const [comparison] = compare("2024-02");
    expect(comparison!.id).toBe("2024-02-compare-stay.applications");
    expect(comparison!.rows.map((r) => r.label)).toEqual(["January 2024", "February 2024"]);
    expect(comparison!.title).toBe("Applications for registration: February 2024 and the earlier months");
    expect(comparison!.finding).toBe("February 2024: 19,155 applications, 8,173 fewer than in January 2024, down 29.9%.");
    expect(comparison!.columns).toEqual(["Period", "Applications"]);
    for (const chart of compare("2024-h1")) expect(chart.rows.map((r) => r.label)).not.toContain("January 2024");
  });

  it("compares the first period of its kind with the later ones", () => {
    const [comparison] = compare("2024-01");
    expect(comparison!.title).toBe("Applications for registration: January 2024 and the later months");
    expect(comparison!.finding).toBe("January 2024: 27,328 applications, 8,173 more than in February 2024, up 42.7%.");
    expect(comparison!.rows.map((r) => r.label)).toEqual(["January 2024", "February 2024"]);
  });

  it("leaves out parts of a total, the undated block and periods another chart already covers", () => {
    expect(compare("2024-01").map((c) => c.id)).toEqual(["2024-01-compare-stay.applications"]);
    expect(compare("undated")).toEqual([]);
    expect(compare("2024-02", sources, new Set(["2024-01"]))).toEqual([]);
  });

  it("draws no more than the limit", () => {
    expect(comparisonCharts(sources, period("2024-02"), own("2024-02"), new Set(), 0)).toEqual([]);
  });

  it("draws a computed month as computed, ranks it, and says how it was computed", () => {
    const derived = withDerivedMonth();
    const [comparison] = compare("2024-03", derived);
    expect(comparison!.rows.map((r) => [r.label, r.status])).toEqual([
      ["January 2024", "published"],
      ["February 2024", "published"],
      ["March 2024 (derived)", "derived"],
    ]);
    expect(comparison!.finding).toBe("March 2024 (derived): 118,020 applications, more than in both earlier months; 98,865 more than in February 2024, up 516.1%.");
    expect(comparison!.notes).toContainEqual({ status: "derived", text: "March 2024 (derived) = First half of 2024 − January 2024 − February 2024." });
    const [inFebruary] = compare("2024-02", derived);
    expect(inFebruary!.rows.map((r) => r.label)).not.toContain("March 2024 (derived)");
  });
});

describe("comparisonChart", () => {
  const months = (values: number[]) => {
    const periods = values.map((_, i) => ({ ...period("2024-01"), id: `2024-0${i + 1}`, label: `Month ${i + 1}`, start: `2024-0${i + 1}-01`, end: `2024-0${i + 1}-28` }));
    const observations = values.map((value, i) => ({ period: `2024-0${i + 1}`, metric: "stay.applications", value, raw: String(value), document: "bulletin", line: i + 1 }));
    const in_ = chartSources({ ...dataset, periods, observations }, []);
    return in_.figures.ofMetric("stay.applications");
  };

  it("ranks the period among the others shown", () => {
    const below = months([10, 30, 20, 5]);
    expect(comparisonChart(sources, below[3]!, below, true).finding).toBe("Month 4: 5 applications, fewer than in any of the 3 earlier months; 15 fewer than in Month 3, down 75.0%.");
    const middle = months([10, 30, 20, 15]);
    expect(comparisonChart(sources, middle[3]!, middle, true).finding).toBe("Month 4: 15 applications, more than in 1 of the 3 earlier months; 5 fewer than in Month 3, down 25.0%.");
    const same = months([10, 20, 20]);
    expect(comparisonChart(sources, same[2]!, same, true).finding).toBe("Month 3: 20 applications, more than in 1 of the 2 earlier months; the same as in Month 2.");
  });

  it("draws the periods against time, the page's own strong and named with its value", () => {
    const shown = months([10, 30]);
    const chart = comparisonChart(sources, shown[1]!, shown, true);
    const svg = renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label });
    const [first, second] = marksInOrder(svg, "x");
    expect(second!.getAttribute("stroke")).toBe("var(--chart-bar, #1d5a8c)");
    expect(first!.getAttribute("stroke")).toBe("var(--chart-context, #7a8ca0)");
    expect(parseSvg(svg).querySelector("g[font-weight='bold']")?.textContent).toBe("30 (this page)");
    expect(chart.label).toBe("Bar chart over time: Applications for registration: Month 2 and the earlier months");
  });

  it("shades the months between them that the sources hold no bulletin for, and keys the shading once", async () => {
    // Month 1 and month 4 of the fixture's months, with no month 2 or 3 in the dataset.
    const periods = [1, 4].map((n) => ({ ...period("2024-01"), id: `2024-0${n}`, label: `Month ${n}`, start: `2024-0${n}-01`, end: `2024-0${n}-${n === 1 ? 31 : 30}` }));
    const observations = [1, 4].map((n) => ({ period: `2024-0${n}`, metric: "stay.applications", value: n * 10, raw: String(n * 10), document: "bulletin", line: n }));
    const in_ = chartSources({ ...dataset, periods, observations }, []);
    const shown = in_.figures.ofMetric("stay.applications");
    const chart = comparisonChart(in_, shown[1]!, shown, true);
    const svg = renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label });
    const bands = [...parseSvg(svg).querySelectorAll("g.chart-gap > rect")];
    expect(bands.map((b) => b.querySelector("title")?.textContent)).toEqual(["February 2024 – March 2024: no bulletin among the sources"]);
    expect([...parseSvg(svg).querySelectorAll(".chart-gap-key text")].map((t) => t.textContent)).toEqual(["no bulletin among the sources"]);
    await expect(svg).toMatchFileSnapshot("./__snapshots__/comparison-with-gaps.svg");
  });
});

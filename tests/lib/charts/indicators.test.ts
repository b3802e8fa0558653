import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { indicatorCharts, indicatorFigures, indicatorReach, indicatorRows, indicatorSingles } from "../../../src/lib/charts/indicators.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);
const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;

describe("indicators", () => {
  it("orders a metric's figures in time, the undated ones last", () => {
    expect(indicatorFigures(sources, metric("stay.applications")).map((f) => f.period.id)).toEqual(["2024-01", "2024-02", "2024-h1", "undated"]);
  });

  it("draws each kind of period with two figures or more in a chart of its own, and leaves the undated block to the table", () => {
    const charts = indicatorCharts(sources, metric("stay.applications"));
    expect(charts.map((c) => c.id)).toEqual(["indicator-stay.applications-month"]);
    expect(charts[0]!.rows.map((r) => r.label)).toEqual(["January 2024", "February 2024"]);
    expect(charts[0]!.finding).toBe("Across the 2 months shown, the figure ranges from 19,155 applications in February 2024 to 27,328 applications in January 2024.");
    for (const chart of charts) expect(valueMarks(renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label }))).toHaveLength(chart.rows.length);
  });

  it("shows a kind of period with a single figure as that figure, with its period and citation, not as a one-bar chart", () => {
    const singles = indicatorSingles(sources, metric("stay.applications"));
    expect(singles.map((s) => [s.kind, s.row.figure.period.id, s.row.display, s.row.citation?.text])).toEqual([["half-year", "2024-h1", "164,503", "Test bulletin, line 5"]]);
    // Two half-years (the comparison period included) make a chart, and no single figure.
    expect(indicatorCharts(sources, metric("foreigners.registered")).map((c) => c.rows.length)).toEqual([2]);
    expect(indicatorSingles(sources, metric("foreigners.registered"))).toEqual([]);
  });

  it("lists every figure in the table, the undated one last and flagged", () => {
    const rows = indicatorRows(sources, metric("stay.applications"));
    expect(rows.map((r) => r.figure.period.id)).toEqual(["2024-01", "2024-02", "2024-h1", "undated"]);
    expect(rows.at(-1)!.notes).toEqual(["period not stated", "not on the charts"]);
    expect(rows[0]!.citation).toEqual({ document: "bulletin", text: "Test bulletin, line 1" });
  });

  it("links a comparison period's figure to the page that shows it", () => {
    const rows = indicatorRows(sources, metric("foreigners.registered"));
    expect(rows.map((r) => r.href)).toEqual(["/periods/2018-h1/#fig-foreigners.registered", "/periods/2018-h1/#fig-foreigners.registered"]);
    expect(rows[0]!.notes).toEqual(["printed for comparison with First half of 2018"]);
  });

  it("says how far an indicator reaches", () => {
    const reach = indicatorReach(sources, metric("stay.applications"));
    expect([reach.periods, reach.first?.id, reach.last?.id, reach.undated]).toEqual([4, "2024-01", "2024-h1", 1]);
  });
});

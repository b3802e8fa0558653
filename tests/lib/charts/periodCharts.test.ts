import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Period } from "../../../src/lib/dataset/types.ts";
import type { ChartSources, ComputedFigure } from "../../../src/lib/charts/figures.ts";
import { periodCharts } from "../../../src/lib/charts/periodCharts.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources: ChartSources = chartSources(dataset, []);
const period = (id: string, in_ = sources) => in_.dataset.periods.find((p) => p.id === id)!;
const charts = (id: string, in_ = sources) => periodCharts(in_, period(id, in_));

/** The fixture with a March 2024 computed as the half-year minus the two months before it. */
function withDerivedMonth(): ChartSources {
  const march: Period = { ...period("2024-02"), id: "2024-03", label: "March 2024 (derived)", start: "2024-03-01", end: "2024-03-31", flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] } };
  const figure: ComputedFigure = { period: "2024-03", metric: "stay.applications", value: 164503 - 27328 - 19155, raw: "", document: "bulletin", line: 5, formula: "First half of 2024 − January 2024 − February 2024" };
  return chartSources({ ...dataset, periods: [...dataset.periods, march] }, [figure]);
}

describe("periodCharts", () => {
  it("breaks a total into its parts, with the unexplained rest as a computed bar of its own", () => {
    const breakdown = charts("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
    expect(breakdown.rows.map((r) => [r.label, r.value, r.status])).toEqual([
      ["Expulsions", 844, "published"],
      ["Fines", 837, "published"],
      ["Not itemised in the source", 145, "derived"],
    ]);
    expect(breakdown.finding).toBe("The largest part is expulsions: 844 of 1,826 decisions (46.2%). 145 decisions are not itemised in the source.");
    expect(breakdown.notes.map((n) => n.status)).toContain("derived");
    expect(valueMarks(renderChart(breakdown.plot, { id: breakdown.id, label: breakdown.label }))).toHaveLength(3);
  });

  it("compares a month with earlier months only, never with a cumulative period", () => {
    const comparison = charts("2024-02").find((c) => c.id === "2024-02-compare-stay.applications")!;
    expect(comparison.rows.map((r) => r.label)).toEqual(["January 2024", "February 2024"]);
    expect(comparison.title).toBe("Applications for registration: February 2024 and the earlier months");
    expect(comparison.finding).toBe("February 2024: 19,155 applications, 8,173 fewer than in January 2024, down 29.9%.");
    for (const chart of charts("2024-h1")) expect(chart.rows.map((r) => r.label)).not.toContain("January 2024");
  });

  it("compares the first period of its kind with the later ones", () => {
    const comparison = charts("2024-01").find((c) => c.id === "2024-01-compare-stay.applications")!;
    expect(comparison.title).toBe("Applications for registration: January 2024 and the later months");
    expect(comparison.rows.map((r) => r.label)).toEqual(["January 2024", "February 2024"]);
  });

  it("charts the change from the comparison period printed in the same document", () => {
    const change = charts("2018-h1").find((c) => c.id === "2018-h1-change-2017-h1")!;
    expect(change.rows).toHaveLength(1);
    expect(change.rows[0]!.display).toBe("up 10.7%");
    expect(change.finding).toBe("The one figure published for both periods rose; the largest change is in foreigners registered, up 10.7%.");
    expect(change.rows[0]!.href).toBe("/periods/2018-h1/#fig-foreigners.registered");
    expect(charts("2018-h1").some((c) => c.id.includes("-compare-"))).toBe(false);
  });

  it("charts the changes the source states where it prints no figures for the earlier period", () => {
    const withoutComparison: ChartSources = chartSources({ ...dataset, observations: dataset.observations.filter((o) => o.period !== "2017-h1") }, []);
    const stated = charts("2018-h1", withoutComparison).find((c) => c.id === "2018-h1-stated-change-2017-h1")!;
    expect(stated.rows.map((r) => [r.label, r.display])).toEqual([["Foreigners registered", "+10%"]]);
    expect(stated.finding).toBe("The source gives no figures for First half of 2017, only changes from it: foreigners registered +10%.");
  });

  it("keeps the undated block out of every comparison and flags its figures", () => {
    expect(charts("undated")).toEqual([]);
    for (const chart of charts("2024-01")) expect(chart.rows.map((r) => r.label)).not.toContain("Undated block");
  });

  it("draws a computed month as computed, and says how it was computed", () => {
    const derived = withDerivedMonth();
    const comparison = charts("2024-03", derived).find((c) => c.id === "2024-03-compare-stay.applications")!;
    expect(comparison.rows.map((r) => [r.label, r.status])).toEqual([
      ["January 2024", "published"],
      ["February 2024", "published"],
      ["March 2024 (derived)", "derived"],
    ]);
    expect(comparison.notes).toContainEqual({ status: "derived", text: "March 2024 (derived) = First half of 2024 − January 2024 − February 2024." });
    const inFebruary = charts("2024-02", derived).find((c) => c.id === "2024-02-compare-stay.applications")!;
    expect(inFebruary.rows.map((r) => r.label)).not.toContain("March 2024 (derived)");
  });

  it("gives every chart of a page its own id, and data for the download", () => {
    for (const id of ["2024-01", "2024-02", "2024-h1", "2018-h1"]) {
      const list = charts(id);
      expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
      for (const chart of list) expect(chart.csv.records).toHaveLength(chart.rows.length);
    }
  });
});

describe("a period with nothing of its kind to compare with", () => {
  it("shows its separate totals of one unit side by side, largest first", () => {
    // A made-up year with three totals counted in applications and nothing to compare with.
    const year: Period = { ...period("2024-h1"), id: "2023", label: "2023", kind: "year", start: "2023-01-01", end: "2023-12-31", lines: { from: 1, to: 3 } };
    const extra = (id: string, label: string) => ({ ...dataset.metrics.find((m) => m.id === "stay.applications")!, id, label, definition: `${label}.` });
    const figure = (metric: string, value: number, line: number) => ({ period: "2023", metric, value, raw: String(value), document: "bulletin", line });
    const sources2023 = chartSources(
      {
        ...dataset,
        periods: [...dataset.periods, year],
        metrics: [...dataset.metrics, extra("work.applications", "Work permit applications"), extra("citizenship.applications", "Citizenship applications")],
        observations: [...dataset.observations, figure("stay.applications", 41801, 1), figure("citizenship.applications", 307, 2), figure("work.applications", 12450, 3)],
      },
      [],
    );
    const charts = periodCharts(sources2023, year);
    expect(charts.map((c) => c.id)).toEqual(["2023-side-by-side-applications"]);
    expect(charts[0]!.rows.map((r) => [r.label, r.value])).toEqual([
      ["Applications for registration", 41801],
      ["Work permit applications", 12450],
      ["Citizenship applications", 307],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Period } from "../../../src/lib/dataset/types.ts";
import type { ChartSources } from "../../../src/lib/charts/figures.ts";
import { periodCharts } from "../../../src/lib/charts/periodCharts.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources: ChartSources = chartSources(dataset, []);
const period = (id: string, in_ = sources) => in_.dataset.periods.find((p) => p.id === id)!;
const ids = (id: string, in_ = sources) => periodCharts(in_, period(id, in_)).map((c) => c.id);

describe("periodCharts", () => {
  it("gives a page the breakdown of its main total first, then its comparisons with periods of its kind", () => {
    expect(ids("2024-01")).toEqual(["2024-01-parts-decisions.total", "2024-01-compare-stay.applications"]);
    expect(ids("2024-02")).toEqual(["2024-02-compare-stay.applications"]);
  });

  it("lets the change from the comparison period stand for the comparison with that period", () => {
    expect(ids("2018-h1")).toEqual(["2018-h1-change-2017-h1"]);
  });

  it("charts the changes the source states where it prints no figures for the earlier period", () => {
    const withoutComparison = chartSources({ ...dataset, observations: dataset.observations.filter((o) => o.period !== "2017-h1") }, []);
    expect(ids("2018-h1", withoutComparison)).toEqual(["2018-h1-stated-change-2017-h1"]);
  });

  it("draws nothing for the undated block, and nothing where nothing compares", () => {
    expect(periodCharts(sources, period("undated"))).toEqual([]);
    expect(periodCharts(sources, period("2024-h1"))).toEqual([]);
  });

  it("gives every chart of a page its own id, and data for the download", () => {
    for (const id of ["2024-01", "2024-02", "2024-h1", "2018-h1"]) {
      const list = periodCharts(sources, period(id));
      expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
      for (const chart of list) expect(chart.csv.records).toHaveLength(chart.rows.length);
    }
  });
});

describe("a page with too few charts", () => {
  it("gets its main breakdown by topic where the parts span topics", () => {
    // January's decisions with the fines filed under legal migration, and nothing to compare with.
    const metrics = dataset.metrics.map((m) => (m.id === "decisions.fine" ? { ...m, group: "legal-migration" } : m));
    const observations = dataset.observations.filter((o) => !(o.period === "2024-01" && o.metric === "stay.applications"));
    expect(ids("2024-01", chartSources({ ...dataset, metrics, observations }, []))).toEqual(["2024-01-parts-decisions.total", "2024-01-topics-decisions.total"]);
  });

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

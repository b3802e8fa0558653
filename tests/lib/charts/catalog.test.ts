import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildChartCatalog } from "../../../src/lib/charts/catalog.ts";
import { pagePeriods } from "../../../src/lib/periods/timeline.ts";
import { indicatorMetrics } from "../../../src/lib/model/indicatorMetrics.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { placeholderCatalog } from "../../../src/lib/i18n/placeholder.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const catalog = buildChartCatalog(chartSources(dataset, []), pagePeriods(dataset));

describe("allCharts", () => {
  it("collects the charts of every period page and every indicator, each id once", () => {
    const ids = catalog.all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("2024-01-parts-decisions.total");
    expect(ids).toContain("indicator-stay.applications-month");
  });

  it("draws the charts of the metrics that get an indicator page, and finds them by page", () => {
    expect(indicatorMetrics(dataset).map((m) => m.id)).toEqual(["stay.applications", "decisions.total", "foreigners.registered"]);
    expect(catalog.ofMetric("stay.applications").map((c) => c.id)).toEqual(["indicator-stay.applications-month"]);
    expect(catalog.ofMetric("foreigners.registered.claimed-change")).toEqual([]);
    expect(catalog.ofPeriod("2024-01").map((c) => c.id)).toEqual(["2024-01-parts-decisions.total", "2024-01-compare-stay.applications"]);
  });
});

describe("the words of the charts", () => {
  it("come from the edition's catalog, apart from the dataset's own labels and units", () => {
    const placeholders = buildChartCatalog({ ...chartSources(dataset, []), m: placeholderCatalog(en) }, pagePeriods(dataset));
    const word = /^⟦charts\.[a-zA-Z.]+⟧$/;
    const units = new Set(dataset.units.map((u) => u.other.charAt(0).toUpperCase() + u.other.slice(1)));
    const labels = new Set([...dataset.metrics.map((m) => m.label), ...dataset.periods.map((p) => p.label), ...dataset.groups.map((g) => g.label)]);
    expect(placeholders.all.map((c) => c.id)).toEqual(catalog.all.map((c) => c.id));
    for (const chart of placeholders.all) {
      for (const text of [chart.title, chart.finding, chart.label, chart.columns[0], ...chart.notes.map((n) => n.text)]) expect(text).toMatch(word);
      expect(units.has(chart.columns[1]) || word.test(chart.columns[1])).toBe(true);
      for (const row of chart.rows) expect(labels.has(row.label) || word.test(row.label)).toBe(true);
      for (const record of chart.csv.records) expect(String(record.at(-1))).toMatch(/^⟦charts\.status\.[a-z]+⟧$/);
    }
  });
});

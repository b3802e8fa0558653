import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { editionMessages } from "../../../src/lib/i18n/editions.ts";
import { buildSiteModel, type SiteModel } from "../../../src/lib/model/siteModel.ts";
import { indicatorPageKey, keyedCharts, periodPageKey, yearPageKey } from "../../../src/lib/views/pageKeys.ts";
import { plotSpec } from "../../../src/lib/charts/plotSpec.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** Every indicator, year and period page's key in the model's edition, by its page. */
function keys(model: SiteModel, edition: "en" | "az" = "en"): Map<string, string> {
  return new Map([
    ...model.indicators.map((metric) => [`indicator ${metric.id}`, indicatorPageKey(model, metric, edition)] as const),
    ...model.years.map((periods) => [`year ${periods.year}`, yearPageKey(model, periods, undefined, edition)] as const),
    ...model.pagePeriods.map((period) => [`period ${period.id}`, periodPageKey(model, period, undefined, edition)] as const),
  ]);
}

const changed = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);

describe("page keys", () => {
  const before = keys(buildSiteModel(fixture));

  it("change for the pages that show a changed value, and only for them", () => {
    const dataset: Dataset = { ...fixture, observations: fixture.observations.map((o) => (o.period === "2024-01" && o.metric === "decisions.total" ? { ...o, value: o.value + 1 } : o)) };
    const pages = changed(before, keys(buildSiteModel(dataset)));
    expect(pages).toContain("indicator decisions.total");
    expect(pages).toContain("year 2024");
    expect(pages).toContain("period 2024-01");
    expect(pages).not.toContain("indicator stay.applications");
    expect(pages).not.toContain("period 2024-02");
    expect(pages.filter((page) => page.startsWith("year "))).toEqual(["year 2024"]);
  });

  it("change for every page of a period whose name changed", () => {
    const dataset: Dataset = { ...fixture, periods: fixture.periods.map((p) => (p.id === "2024-02" ? { ...p, label: `${p.label} (renamed)` } : p)) };
    const pages = changed(before, keys(buildSiteModel(dataset)));
    expect(pages).toEqual(expect.arrayContaining(["year 2024", "indicator stay.applications", "period 2024-02"]));
    expect(pages).not.toContain("year 2018");
  });

  it("are kept apart by edition, and held when nothing changed", () => {
    expect(keys(buildSiteModel(fixture))).toEqual(before);
    const az = keys(buildSiteModel(fixture, editionMessages("az")), "az");
    expect([...az.values()].filter((key) => [...before.values()].includes(key))).toEqual([]);
  });
});

describe("keyedCharts", () => {
  it("gives every chart in a view, however deep, by its key instead of what its Plot options are made from", () => {
    const bars = ({ height }: { height: number }) => ({ marks: [], height });
    const chart = { id: "c", label: "A chart", plot: plotSpec(bars, { height: 80 }), rows: [1] };
    const keyed = keyedCharts({ groups: [{ heading: "h", charts: [{ chart, downloads: true }] }], title: "t" }) as { groups: { charts: { chart: Record<string, unknown> }[] }[] };
    const inner = keyed.groups[0]!.charts[0]!.chart;
    expect(Object.keys(inner).sort()).toEqual(["drawing", "id", "label", "rows"]);
    expect(inner.drawing).toBe((keyedCharts(chart) as { drawing: string }).drawing);
    expect(inner.drawing).toMatch(/^[0-9a-f]{64}$/);
    expect((keyedCharts({ ...chart, plot: plotSpec(bars, { height: 81 }) }) as { drawing: string }).drawing).not.toBe(inner.drawing);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildChartCatalog, chartPaths } from "../../../src/lib/charts/catalog.ts";
import { pagePeriods } from "../../../src/lib/periods/timeline.ts";
import { chartCsv } from "../../../src/lib/charts/chartCsv.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const catalog = buildChartCatalog(chartSources(dataset, []), pagePeriods(dataset));

describe("allCharts", () => {
  it("collects the charts of every period page and every indicator, each id once", () => {
    const ids = catalog.all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("2024-01-parts-decisions.total");
    expect(ids).toContain("indicator-stay.applications-month");
    expect(chartPaths(catalog).map((p) => p.params.chart)).toEqual(ids);
  });
});

describe("chartCsv", () => {
  it("writes the raw values with a header, quoting where needed", () => {
    const chart = catalog.all.find((c) => c.id === "2024-01-parts-decisions.total")!;
    expect(chartCsv(chart)).toBe(
      [
        "period,metric,label,value,status",
        "2024-01,decisions.expulsion,Expulsions,844,published",
        "2024-01,decisions.fine,Fines,837,published",
        "2024-01,,Not itemised in the source,145,computed by this report",
        "",
      ].join("\n"),
    );
  });
});

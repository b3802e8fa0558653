import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { indicatorDatasetLd, periodDatasetLd } from "../../../src/lib/views/datasetLd.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const model = buildSiteModel(withComputedMarch(loadDataset(FIXTURE_DATASET)));
const href = (path: string) => `https://example.org${path}`;

describe("periodDatasetLd", () => {
  it("covers the period's days, offers its CSV and SDMX-CSV files and measures each metric it shows once, with its unit", () => {
    const ld = periodDatasetLd(model, model.periods.get("2024-01"), href);
    expect(ld.temporalCoverage).toBe("2024-01-01/2024-01-31");
    expect(ld.distribution).toEqual([
      { "@type": "DataDownload", contentUrl: "https://example.org/data/periods/2024-01.csv", encodingFormat: "text/csv" },
      { "@type": "DataDownload", contentUrl: "https://example.org/data/periods/2024-01.sdmx.csv", encodingFormat: "application/vnd.sdmx.data+csv; version=2.0.0" },
    ]);
    expect(ld.variableMeasured.map((v) => v.identifier)).toEqual(model.figuresOf(model.periods.get("2024-01")).map((o) => o.metric));
    expect(ld.variableMeasured.find((v) => v.identifier === "decisions.total")).toMatchObject({ "@type": ["StatisticalVariable", "PropertyValue"], name: "Decisions on breaches", unitText: "decisions" });
  });

  it("gives no coverage for a period the source does not date", () => {
    expect(periodDatasetLd(model, model.periods.get("undated"), href).temporalCoverage).toBeUndefined();
  });
});

describe("indicatorDatasetLd", () => {
  it("covers the first to the last dated figure of the metric, computed ones included", () => {
    const ld = indicatorDatasetLd(model, model.metrics.get("stay.applications"), href);
    const dated = [...model.dataset.observations, ...model.derived].filter((o) => o.metric === "stay.applications").map((o) => model.periods.get(o.period)).filter((p) => p.start);
    expect(dated.some((p) => p.id === "2024-03")).toBe(true);
    expect(ld.temporalCoverage).toBe(`${dated.map((p) => p.start).sort()[0]}/${dated.map((p) => p.end!).sort().at(-1)}`);
    expect(ld.variableMeasured).toHaveLength(1);
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual([...model.charts.ofMetric("stay.applications").map((c) => `https://example.org/charts/${c.id}.csv`), "https://example.org/data/sdmx.csv"]);
  });
});

import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../src/lib/charts/chartCsv.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { dataPackage, type DataPackage } from "../../../src/lib/share/dataPackage.ts";
import { allFigures, metricsTable, observationsTable, periodFigures, periodsTable, toCsv } from "../../../src/lib/share/downloads.ts";
import { sdmxTable } from "../../../src/lib/share/sdmxCsv.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";
import { dataPackageProblems } from "../../helpers/dataPackageCheck.ts";

const model = buildSiteModel(withComputedMarch(loadDataset(FIXTURE_DATASET)));
const descriptor = dataPackage(model, "https://example.org/data/", "2026-01-15");

/** The files the site writes for `model`, by path: the same functions as its endpoints. */
function files(m: typeof model): Map<string, string> {
  const { dataset, derived } = m;
  const out = new Map<string, string>([
    ["data/observations.csv", toCsv(observationsTable(dataset, dataset.observations))],
    ["data/derived.csv", toCsv(observationsTable(dataset, derived))],
    ["data/metrics.csv", toCsv(metricsTable(dataset))],
    ["data/periods.csv", toCsv(periodsTable(dataset))],
    ["data/sdmx.csv", toCsv(sdmxTable(dataset, allFigures(m)))],
  ]);
  for (const period of m.pagePeriods) {
    out.set(`data/periods/${period.id}.csv`, toCsv(observationsTable(dataset, periodFigures(m, period))));
    out.set(`data/periods/${period.id}.sdmx.csv`, toCsv(sdmxTable(dataset, periodFigures(m, period))));
  }
  for (const chart of m.charts.all) out.set(`charts/${chart.id}.csv`, chartCsv(chart));
  return out;
}

const written = files(model);
const resource = (d: DataPackage, name: string) => d.resources.find((r) => r.name === name)!;

describe("dataPackage", () => {
  it("describes every file the site writes, once, and nothing else", () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...written.keys()].sort());
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
  });

  it("matches every file: header, types, codes, keys", () => {
    expect(dataPackageProblems(descriptor, (path) => written.get(path))).toEqual([]);
  });

  it("types the figures' columns and links observations to periods and metrics", () => {
    const schema = resource(descriptor, "observations").schema;
    expect(schema.fields.find((f) => f.name === "value")?.type).toBe("number");
    expect(schema.fields.find((f) => f.name === "line")?.type).toBe("integer");
    expect(schema.fields.find((f) => f.name === "period_start")?.type).toBe("date");
    expect(schema.primaryKey).toEqual(["period", "metric"]);
    expect(schema.foreignKeys).toEqual([
      { fields: ["period"], reference: { resource: "periods", fields: ["id"] } },
      { fields: ["vs"], reference: { resource: "periods", fields: ["id"] } },
      { fields: ["metric"], reference: { resource: "metrics", fields: ["id"] } },
    ]);
    expect(resource(descriptor, "metrics").schema.foreignKeys).toContainEqual({ fields: ["parent"], reference: { fields: ["id"] } });
  });

  it("says in the value's description what it is counted in", () => {
    expect(resource(descriptor, "sdmx").schema.fields.find((f) => f.name === "OBS_VALUE")!.description).toContain("UNIT_MEASURE");
    expect(resource(descriptor, "sdmx").schema.fields.find((f) => f.name === "OBS_STATUS")!.constraints!.enum).toEqual(["A", "I"]);
  });

  it("finds a file that no longer matches: a value of the wrong type, an unknown code, a missing file", () => {
    const broken = new Map(written);
    broken.set("data/observations.csv", written.get("data/observations.csv")!.replace(",1826,", ",many,"));
    broken.set("data/sdmx.csv", written.get("data/sdmx.csv")!.replace("decisions.total", "no.such"));
    broken.delete("data/periods/2024-01.csv");
    const problems = dataPackageProblems(descriptor, (path) => broken.get(path));
    expect(problems).toContainEqual(expect.stringMatching(/^data\/observations\.csv:\d+ value: "many" is not a number$/));
    expect(problems).toContainEqual(expect.stringMatching(/^data\/sdmx\.csv:\d+ INDICATOR "no\.such" is not in metrics$/));
    expect(problems).toContain("data/periods/2024-01.csv: no such file");
  });

  it("carries a hostile label as JSON text, and refuses a column the catalog does not describe", () => {
    const hostile = buildSiteModel({ ...model.dataset, metrics: model.dataset.metrics.map((m) => ({ ...m, label: `${m.label}, "quoted"\n</script>` })) });
    const json = JSON.stringify(dataPackage(hostile, "https://example.org/data/", "2026-01-15"));
    expect(JSON.parse(json).resources.length).toBeGreaterThan(5);
    const [chart] = model.charts.all;
    const odd = { ...model, charts: { ...model.charts, all: [{ ...chart!, csv: { header: ["period", "mystery"], records: [] } }] } };
    expect(() => dataPackage(odd, "https://example.org/data/", "2026-01-15")).toThrow(/column "mystery"/);
  });
});

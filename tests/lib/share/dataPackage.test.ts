import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../src/lib/charts/chartCsv.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { dataPackage, type TableSchema } from "../../../src/lib/share/dataPackage.ts";
import { allFigures, metricsTable, observationsTable, periodFigures, periodsTable, toCsv } from "../../../src/lib/share/downloads.ts";
import { sdmxTable } from "../../../src/lib/share/sdmxCsv.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";
import { dataPackageProblems } from "../../helpers/dataPackageCheck.ts";

const model = buildSiteModel(withComputedMarch(loadDataset(FIXTURE_DATASET)));
const { descriptor, schemas } = dataPackage(model, "https://example.org/data/", "2026-01-15");

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
  for (const [name, schema] of schemas) out.set(`data/schemas/${name}.json`, JSON.stringify(schema));
  return out;
}

const written = files(model);
/** The schema of the resource `name`, from the shared schema files. */
const schemaOf = (name: string): TableSchema => JSON.parse(written.get(descriptor.resources.find((r) => r.name === name)!.schema)!) as TableSchema;

describe("dataPackage", () => {
  it("describes every file the site writes, once, and nothing else", () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...written.keys()].filter((p) => p.endsWith(".csv")).sort());
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
  });

  it("matches every file: header, types, codes, keys", () => {
    expect(dataPackageProblems(descriptor, (path) => written.get(path))).toEqual([]);
  });

  it("types the figures' columns and links observations to periods and metrics", () => {
    const schema = schemaOf("observations");
    expect(schema.fields.find((f) => f.name === "value")?.type).toBe("number");
    expect(schema.fields.find((f) => f.name === "line")?.type).toBe("integer");
    expect(schema.fields.find((f) => f.name === "period_start")?.type).toBe("date");
    expect(schema.primaryKey).toEqual(["period", "metric"]);
    expect(schema.foreignKeys).toEqual([
      { fields: ["period"], reference: { resource: "periods", fields: ["id"] } },
      { fields: ["vs"], reference: { resource: "periods", fields: ["id"] } },
      { fields: ["metric"], reference: { resource: "metrics", fields: ["id"] } },
    ]);
    expect(schemaOf("metrics").foreignKeys).toContainEqual({ fields: ["parent"], reference: { fields: ["id"] } });
  });

  it("says in the value's description what it is counted in", () => {
    expect(schemaOf("sdmx").fields.find((f) => f.name === "OBS_VALUE")!.description).toContain("UNIT_MEASURE");
    expect(schemaOf("observations").fields.find((f) => f.name === "value")!.description).toContain("unit column");
    expect(schemaOf("sdmx").fields.find((f) => f.name === "OBS_STATUS")!.constraints!.enum).toEqual(["A", "I"]);
  });

  it("shares one schema file among the files of one kind: every period's CSV, every chart of a kind", () => {
    const schemaPaths = new Map(descriptor.resources.map((r) => [r.name, r.schema]));
    expect(schemaPaths.get("period-2024-01")).toBe("data/schemas/observations.json");
    expect(schemaPaths.get("derived")).toBe("data/schemas/observations.json");
    expect(schemaPaths.get("period-2024-01-sdmx")).toBe("data/schemas/sdmx.json");
    expect([...schemas.keys()].sort()).toEqual(["chart-changes", "chart-figures", "chart-series", "metrics", "observations", "periods", "sdmx"]);
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
    broken.delete("data/schemas/periods.json");
    expect(dataPackageProblems(descriptor, (path) => broken.get(path))).toContain("data/schemas/periods.json: no such schema file");
  });

  it("carries a hostile label as JSON text, and refuses a column the catalog does not describe", () => {
    const hostile = buildSiteModel({ ...model.dataset, metrics: model.dataset.metrics.map((m) => ({ ...m, label: `${m.label}, "quoted"\n</script>` })) });
    const json = JSON.stringify(dataPackage(hostile, "https://example.org/data/", "2026-01-15").descriptor);
    expect(JSON.parse(json).resources.find((r: { name: string }) => r.name.startsWith("chart-")).description).toContain('"quoted"\n</script>');
    const [chart] = model.charts.all;
    const odd = { ...model, charts: { ...model.charts, all: [{ ...chart!, csv: { header: ["period", "mystery"], records: [] } }] } };
    expect(() => dataPackage(odd, "https://example.org/data/", "2026-01-15")).toThrow(/column "mystery"/);
  });
});

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import type { DataPackage, TableSchema } from "../../src/lib/share/dataPackage.ts";
import { dataPackageProblems } from "../helpers/dataPackageCheck.ts";

const siteDir = inject("siteDir");
const SITE = "https://sms-migration-report.example.org";
const EDITIONS = ["", "az/", "ru/"];
const read = (file: string) => readFileSync(join(siteDir, file), "utf8");
const csv = (file: string) => csvParse(read(file));
const SDMX_HEADER = ["STRUCTURE", "STRUCTURE_ID", "ACTION", "REPORTING_PERIOD", "INDICATOR", "UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "COMPARED_WITH", "COMMENT_OBS"];

describe.each(EDITIONS)("SDMX-CSV of the edition at /%s", (edition) => {
  const periods = new Set(csv(`${edition}data/periods.csv`).map((p) => p.id!));
  const units = new Map(csv(`${edition}data/metrics.csv`).map((m) => [m.id!, m.unit!]));
  const pagePeriods = readdirSync(join(siteDir, edition, "data/periods")).filter((f) => f.endsWith(".sdmx.csv")).map((f) => f.replace(/\.sdmx\.csv$/, ""));

  it("holds every published and computed figure, each coded with known ids, A for published and I for computed", () => {
    const rows = csv(`${edition}data/sdmx.csv`);
    expect(rows.columns).toEqual(SDMX_HEADER);
    const published = csv(`${edition}data/observations.csv`);
    const derived = csv(`${edition}data/derived.csv`);
    expect(rows).toHaveLength(published.length + derived.length);
    for (const row of rows) {
      expect([row.STRUCTURE, row.STRUCTURE_ID, row.ACTION]).toEqual(["dataflow", "SMS_AZ_REPORT:MIGRATION_STATISTICS(1.0.0)", "I"]);
      expect(periods.has(row.REPORTING_PERIOD!), row.REPORTING_PERIOD).toBe(true);
      expect(units.get(row.INDICATOR!), row.INDICATOR).toBe(row.UNIT_MEASURE);
      expect(Number.isFinite(Number(row.OBS_VALUE)) && row.OBS_VALUE !== "").toBe(true);
      expect(["A", "I"]).toContain(row.OBS_STATUS);
      if (row.COMPARED_WITH) expect(periods.has(row.COMPARED_WITH)).toBe(true);
    }
    const key = (r: Record<string, string | undefined>) => `${r.period ?? r.REPORTING_PERIOD} ${r.metric ?? r.INDICATOR}`;
    expect(rows.filter((r) => r.OBS_STATUS === "I").map(key)).toEqual(derived.map(key));
    expect(rows.filter((r) => r.OBS_STATUS === "A").map((r) => [key(r), r.OBS_VALUE])).toEqual(published.map((r) => [key(r), r.value]));
  });

  it("has one file per period page, with the rows of that period's CSV", () => {
    expect(pagePeriods.length).toBeGreaterThan(10);
    expect(pagePeriods).toContain("2024-11");
    for (const id of pagePeriods) {
      const sdmx = csv(`${edition}data/periods/${id}.sdmx.csv`);
      expect(sdmx.columns).toEqual(SDMX_HEADER);
      expect(sdmx.map((r) => [r.REPORTING_PERIOD, r.INDICATOR, r.OBS_VALUE])).toEqual(csv(`${edition}data/periods/${id}.csv`).map((r) => [r.period, r.metric, r.value]));
    }
  });

  it("carries the same codes and values as the English file; only the notes are the edition's", () => {
    const strip = (file: string) => csv(file).map(({ COMMENT_OBS, ...codes }) => [codes, COMMENT_OBS === ""]);
    expect(strip(`${edition}data/sdmx.csv`)).toEqual(strip("data/sdmx.csv"));
  });
});

describe.each(EDITIONS)("the data package of the edition at /%s", (edition) => {
  const descriptor = JSON.parse(read(`${edition}datapackage.json`)) as DataPackage;
  const inEdition = (path: string) => join(siteDir, edition, path);

  it("describes every CSV file of the edition under /data/ and /charts/, and no other", () => {
    const published = ["data", "charts"].flatMap((dir) => readdirSync(inEdition(dir), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".csv")).map((f) => `${dir}/${f}`));
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(published.sort());
    expect(descriptor.homepage).toBe(`${SITE}/${edition}data/`);
  });

  it("matches the files: each header is its schema's fields in order, each value parses as its type, every key resolves", () => {
    expect(dataPackageProblems(descriptor, (path) => (existsSync(inEdition(path)) ? readFileSync(inEdition(path), "utf8") : undefined))).toEqual([]);
  });

  it("shares a handful of schema files, one per kind of file, among hundreds of files", () => {
    const shared = new Set(descriptor.resources.map((r) => r.schema));
    expect(descriptor.resources.length).toBeGreaterThan(100);
    expect([...shared].sort()).toEqual(readdirSync(inEdition("data/schemas")).map((f) => `data/schemas/${f}`).sort());
    expect(shared.size).toBeLessThanOrEqual(10);
  });

  it("links the figures to the periods and metrics", () => {
    const observations = JSON.parse(readFileSync(inEdition(descriptor.resources.find((r) => r.name === "observations")!.schema), "utf8")) as TableSchema;
    expect(observations.foreignKeys).toContainEqual({ fields: ["period"], reference: { resource: "periods", fields: ["id"] } });
    expect(observations.foreignKeys).toContainEqual({ fields: ["metric"], reference: { resource: "metrics", fields: ["id"] } });
  });
});

/** Every JSON-LD node of a built page. */
function jsonLd(page: string): Record<string, unknown>[] {
  const { document } = parseHTML(read(join(page, "index.html")));
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>);
}

interface DatasetNode {
  "@type": string;
  url: string;
  temporalCoverage: string;
  distribution: { "@type": string; contentUrl: string; encodingFormat: string }[];
  variableMeasured: { "@type": string[]; identifier: string; name: string; unitText: string }[];
}

describe.each(EDITIONS)("schema.org Dataset of the edition at /%s", (edition) => {
  const metrics = new Map(csv(`${edition}data/metrics.csv`).map((m) => [m.id!, m]));
  const periods = new Map(csv(`${edition}data/periods.csv`).map((p) => [p.id!, p]));
  const fileOf = (url: string) => {
    expect(url.startsWith(`${SITE}/${edition}`), url).toBe(true);
    return url.slice(`${SITE}/`.length);
  };

  function checkDataset(node: DatasetNode, metricIds: string[]) {
    expect(node.distribution.length).toBeGreaterThan(1);
    for (const d of node.distribution) {
      expect(d["@type"]).toBe("DataDownload");
      expect(existsSync(join(siteDir, fileOf(d.contentUrl))), d.contentUrl).toBe(true);
      expect(d.encodingFormat).toBe(/sdmx\.csv$/.test(d.contentUrl) ? "application/vnd.sdmx.data+csv; version=2.0.0" : "text/csv");
    }
    expect(node.variableMeasured.map((v) => v.identifier)).toEqual(metricIds);
    for (const v of node.variableMeasured) {
      expect(v["@type"]).toContain("StatisticalVariable");
      expect(v.name).toBe(metrics.get(v.identifier)!.label);
      expect(v.unitText).not.toBe("");
    }
  }

  it("on /periods/2024-11/: the Report as before, then a Dataset of the period's days, files and metrics", () => {
    const [report, dataset, ...rest] = jsonLd(`${edition}periods/2024-11`) as unknown as DatasetNode[];
    expect(rest).toEqual([]);
    expect(report!["@type"]).toBe("Report");
    expect(dataset!["@type"]).toBe("Dataset");
    expect(dataset!.url).toBe(`${SITE}/${edition}periods/2024-11/`);
    const period = periods.get("2024-11")!;
    expect(dataset!.temporalCoverage).toBe(`${period.start}/${period.end}`);
    expect(dataset!.temporalCoverage).toBe("2024-11-01/2024-11-30");
    expect(dataset!.distribution.map((d) => fileOf(d.contentUrl))).toEqual([`${edition}data/periods/2024-11.csv`, `${edition}data/periods/2024-11.sdmx.csv`]);
    checkDataset(dataset!, [...new Set(csv(`${edition}data/periods/2024-11.csv`).map((r) => r.metric!))]);
  });

  it("on /indicators/irregular.decisions/: one Dataset, from its first to its last dated figure, with its chart files", () => {
    const [dataset, ...rest] = jsonLd(`${edition}indicators/irregular.decisions`) as unknown as DatasetNode[];
    expect(rest).toEqual([]);
    expect(dataset!["@type"]).toBe("Dataset");
    const dated = [...csv(`${edition}data/observations.csv`), ...csv(`${edition}data/derived.csv`)].filter((r) => r.metric === "irregular.decisions" && r.period_start);
    const start = dated.map((r) => r.period_start!).sort()[0];
    const end = dated.map((r) => r.period_end!).sort().at(-1);
    expect(dataset!.temporalCoverage).toBe(`${start}/${end}`);
    expect(dataset!.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    expect(dataset!.distribution.some((d) => fileOf(d.contentUrl).startsWith(`${edition}charts/`))).toBe(true);
    checkDataset(dataset!, ["irregular.decisions"]);
  });
});

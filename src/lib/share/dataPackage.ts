import { PERIOD_KINDS } from "../dataset/schema.ts";
import type { Chart } from "../charts/types.ts";
import type { Messages } from "../i18n/messages.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { allFigures, metricsTable, observationsTable, periodFigures, periodsTable, type DownloadTable } from "./downloads.ts";
import { SDMX_DATAFLOW, SDMX_OBS_STATUS, sdmxTable } from "./sdmxCsv.ts";
import { paths } from "../url.ts";

/**
 * The Frictionless Data Package (v2, datapackage.org) that describes every CSV file of an
 * edition: one resource per file, each with its Table Schema. The descriptor sits at the
 * edition's root (/datapackage.json), because a resource path may not climb out of the
 * descriptor's folder and the files live under both /data/ and /charts/.
 */
export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  homepage: string;
  created: string;
  sources: { title: string }[];
  resources: DataResource[];
}

export interface DataResource {
  name: string;
  /** Relative to the descriptor: "data/observations.csv". */
  path: string;
  type: "table";
  format: "csv";
  mediatype: string;
  encoding: "utf-8";
  description?: string;
  schema: TableSchema;
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  /** A reference without a resource is to the same table (Table Schema v2). */
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

export type FieldType = "string" | "number" | "integer" | "date";

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

// Columns whose values are not text; a column not listed is a string. The same name means
// the same type in every file, so one list serves them all.
const TYPES: Record<string, FieldType> = {
  value: "number",
  OBS_VALUE: "number",
  before: "number",
  after: "number",
  percent_change: "number",
  percent_change_stated: "number",
  line: "integer",
  period_start: "date",
  period_end: "date",
  start: "date",
  end: "date",
};

// Columns that hold a period id or a metric id, wherever they appear: the foreign keys.
const PERIOD_COLUMNS = ["period", "vs", "shown_on", "REPORTING_PERIOD", "COMPARED_WITH", "before_period", "after_period", "vs_period"];
const METRIC_COLUMNS = ["metric", "parent", "claim_of", "INDICATOR"];

/** The fields of `columns`, described in `meanings`, with the codes each column may hold. */
function fields(columns: readonly string[], meanings: Record<string, string>, codes: Record<string, string[]>, required: readonly string[], where: string): TableField[] {
  return columns.map((name) => {
    const description = meanings[name];
    if (description === undefined) throw new Error(`data package: column "${name}" of ${where} has no description: add it to m.downloads.columns`);
    const constraints = { ...(required.includes(name) ? { required: true } : {}), ...(codes[name] ? { enum: codes[name] } : {}) };
    return { name, type: TYPES[name] ?? "string", description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
  });
}

function keysTo(columns: readonly string[], self: string): NonNullable<TableSchema["foreignKeys"]> {
  const to = (resource: string) => (c: string) => ({ fields: [c], reference: resource === self ? { fields: ["id"] } : { resource, fields: ["id"] } });
  return [...PERIOD_COLUMNS.filter((c) => columns.includes(c)).map(to("periods")), ...METRIC_COLUMNS.filter((c) => columns.includes(c)).map(to("metrics"))];
}

function tableResource(name: string, path: string, table: DownloadTable, meanings: Record<string, string>, codes: Record<string, string[]>, primaryKey: string[], mediatype = "text/csv", description?: string): DataResource {
  const self = name === "periods" || name === "metrics" ? name : "";
  const foreignKeys = keysTo(table.columns, self);
  return {
    name,
    path,
    type: "table",
    format: "csv",
    mediatype,
    encoding: "utf-8",
    ...(description ? { description } : {}),
    schema: {
      fields: fields(table.columns, meanings, codes, primaryKey, path),
      // d3-dsv writes a missing value as an empty field.
      missingValues: [""],
      ...(primaryKey.length > 0 ? { primaryKey } : {}),
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    },
  };
}

/**
 * What a chart file's rows are keyed by, told from its header (one kind of chart, one
 * header): a metric per row of a change chart, a period per row of a series. Rows of
 * figures have none, since the unitemised rest of a breakdown names no period or metric.
 */
function chartKey(header: readonly string[]): string[] {
  if (header.includes("before_period") || header.includes("vs_period")) return ["metric"];
  if (header.includes("start")) return ["period"];
  return [];
}

const rootPath = (path: string) => path.replace(/^\//, "");

/** The descriptor of every CSV file the edition of `model` publishes; `homepage` is the absolute URL of its /data/ page. */
export function dataPackage(model: Pick<SiteModel, "m" | "dataset" | "derived" | "pagePeriods" | "shownOn" | "charts">, homepage: string, created: string): DataPackage {
  const { m, dataset, derived } = model;
  const columns = m.downloads.columns;
  const codes: Record<string, string[]> = {
    period_kind: [...PERIOD_KINDS],
    kind: [...PERIOD_KINDS],
    STRUCTURE: ["dataflow"],
    STRUCTURE_ID: [SDMX_DATAFLOW],
    ACTION: ["I"],
    OBS_STATUS: Object.values(SDMX_OBS_STATUS),
    status: Object.values(m.charts.status),
  };
  const figureKey = ["period", "metric"];
  const sdmxKey = ["REPORTING_PERIOD", "INDICATOR", "UNIT_MEASURE"];
  const sdmxType = "application/vnd.sdmx.data+csv; version=2.0.0";
  const resources: DataResource[] = [
    tableResource("observations", rootPath(paths.dataFile("observations.csv")), observationsTable(dataset, dataset.observations), columns.observations, codes, figureKey),
    tableResource("derived", rootPath(paths.dataFile("derived.csv")), observationsTable(dataset, derived), columns.observations, codes, figureKey),
    tableResource("metrics", rootPath(paths.dataFile("metrics.csv")), metricsTable(dataset), columns.metrics, codes, ["id"]),
    tableResource("periods", rootPath(paths.dataFile("periods.csv")), periodsTable(dataset), columns.periods, codes, ["id"]),
    tableResource("sdmx", rootPath(paths.dataFile("sdmx.csv")), sdmxTable(dataset, allFigures(model)), columns.sdmx, codes, sdmxKey, sdmxType),
    ...model.pagePeriods.flatMap((period) => {
      const figures = periodFigures(model, period);
      return [
        tableResource(`period-${period.id}`, rootPath(paths.dataFile(`periods/${period.id}.csv`)), observationsTable(dataset, figures), columns.observations, codes, figureKey),
        tableResource(`period-${period.id}-sdmx`, rootPath(paths.dataFile(`periods/${period.id}.sdmx.csv`)), sdmxTable(dataset, figures), columns.sdmx, codes, sdmxKey, sdmxType),
      ];
    }),
    ...model.charts.all.map((chart) => chartResource(chart, m, codes)),
  ];
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "sms-azerbaijan-migration-statistics",
    title: m.site.name,
    description: m.pages.data.description,
    homepage,
    created,
    sources: [{ title: m.site.publisher }],
    resources,
  };
}

/** A chart's download file; charts of one kind share one header, and so one schema. */
function chartResource(chart: Chart, m: Messages, codes: Record<string, string[]>): DataResource {
  const table: DownloadTable = { columns: chart.csv.header, rows: chart.csv.records };
  return tableResource(`chart-${chart.id}`, rootPath(paths.chartCsv(chart.id)), table, m.downloads.columns.chart, codes, chartKey(chart.csv.header), "text/csv", chart.title);
}

import { PERIOD_KINDS } from "../dataset/schema.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { allFigures, metricsTable, observationsTable, periodFigures, periodsTable, type DownloadTable } from "./downloads.ts";
import { SDMX_DATAFLOW, SDMX_OBS_STATUS, sdmxTable } from "./sdmxCsv.ts";
import { paths } from "../url.ts";
import { memoised } from "../memo.ts";

/**
 * The Frictionless Data Package (v2, datapackage.org) that describes every CSV file of an
 * edition: one resource per file, each with its Table Schema. The descriptor sits at the
 * edition's root (/datapackage.json), because a resource path may not climb out of the
 * descriptor's folder and the files live under both /data/ and /charts/. The table schemas
 * are files of their own under /data/schemas/, one per kind of table.
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
  /** The path of the resource's Table Schema file, relative to the descriptor: tables of one kind share one. */
  schema: string;
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

/** The Table Schema of `columns`; `self` is the resource whose ids the table holds (periods, metrics), if any. */
function tableSchema(columns: readonly string[], meanings: Record<string, string>, codes: Record<string, string[]>, primaryKey: string[], self: string, where: string): TableSchema {
  const foreignKeys = keysTo(columns, self);
  return {
    fields: fields(columns, meanings, codes, primaryKey, where),
    // d3-dsv writes a missing value as an empty field.
    missingValues: [""],
    ...(primaryKey.length > 0 ? { primaryKey } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/**
 * The schema files of the package, by name: tables of one kind (every period's CSV, every
 * chart of one kind) share one file, so the descriptor names it instead of repeating it
 * hundreds of times. Two tables that would give one name different schemas are a bug.
 */
class SharedSchemas {
  readonly byName = new Map<string, TableSchema>();

  add(name: string, schema: TableSchema): string {
    const known = this.byName.get(name);
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`data package: two kinds of table share the schema "${name}": give each kind its own name in src/lib/share/dataPackage.ts`);
    this.byName.set(name, schema);
    return rootPath(paths.dataSchema(name));
  }
}

/**
 * The kind of a chart file, told from its header (one kind of chart, one header), with
 * what its rows are keyed by: a metric per row of a change chart, a period per row of a
 * series. Rows of figures have no key, since the unitemised rest of a breakdown names no
 * period or metric.
 */
function chartKind(header: readonly string[]): { name: string; key: string[] } {
  if (header.includes("before_period")) return { name: "chart-changes", key: ["metric"] };
  if (header.includes("vs_period")) return { name: "chart-stated-changes", key: ["metric"] };
  if (header.includes("start")) return { name: "chart-series", key: ["period"] };
  if (header.includes("topic")) return { name: "chart-topics", key: [] };
  return { name: "chart-figures", key: [] };
}

const rootPath = (path: string) => path.replace(/^\//, "");

/** The descriptor and the shared schema files, both written by the site. */
export interface DataPackageFiles {
  descriptor: DataPackage;
  schemas: ReadonlyMap<string, TableSchema>;
}

type Model = Pick<SiteModel, "m" | "dataset" | "derived" | "pagePeriods" | "shownOn" | "charts">;

/**
 * The resources and schemas of an edition, made once per model: the descriptor route and
 * every schema route of the edition read them, and making them builds every table of the
 * edition to read its columns.
 */
const packageContents = memoised((model: Model): { resources: DataResource[]; schemas: ReadonlyMap<string, TableSchema> } => {
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
  const schemas = new SharedSchemas();
  const resource = (name: string, path: string, schema: string, mediatype = "text/csv", description?: string): DataResource => ({
    name,
    path: rootPath(path),
    type: "table",
    format: "csv",
    mediatype,
    encoding: "utf-8",
    ...(description ? { description } : {}),
    schema,
  });
  const figureSchema = (table: DownloadTable) => schemas.add("observations", tableSchema(table.columns, columns.observations, codes, ["period", "metric"], "", "observations"));
  const sdmxSchema = (table: DownloadTable) => schemas.add("sdmx", tableSchema(table.columns, columns.sdmx, codes, ["REPORTING_PERIOD", "INDICATOR", "UNIT_MEASURE"], "", "sdmx"));
  const sdmxType = "application/vnd.sdmx.data+csv; version=2.0.0";
  const table = (name: string, path: string, t: DownloadTable, schema: (t: DownloadTable) => string, mediatype?: string) => resource(name, path, schema(t), mediatype);
  const metrics = metricsTable(dataset);
  const periods = periodsTable(dataset);
  const resources: DataResource[] = [
    table("observations", paths.dataFile("observations.csv"), observationsTable(dataset, dataset.observations), figureSchema),
    table("derived", paths.dataFile("derived.csv"), observationsTable(dataset, derived), figureSchema),
    resource("metrics", paths.dataFile("metrics.csv"), schemas.add("metrics", tableSchema(metrics.columns, columns.metrics, codes, ["id"], "metrics", "metrics"))),
    resource("periods", paths.dataFile("periods.csv"), schemas.add("periods", tableSchema(periods.columns, columns.periods, codes, ["id"], "periods", "periods"))),
    table("sdmx", paths.dataFile("sdmx.csv"), sdmxTable(dataset, allFigures(model)), sdmxSchema, sdmxType),
    ...model.pagePeriods.flatMap((period) => {
      const figures = periodFigures(model, period);
      return [
        table(`period-${period.id}`, paths.dataFile(`periods/${period.id}.csv`), observationsTable(dataset, figures), figureSchema),
        table(`period-${period.id}-sdmx`, paths.dataFile(`periods/${period.id}.sdmx.csv`), sdmxTable(dataset, figures), sdmxSchema, sdmxType),
      ];
    }),
    ...model.charts.all.map((chart) => {
      const kind = chartKind(chart.csv.header);
      const schema = schemas.add(kind.name, tableSchema(chart.csv.header, columns.chart, codes, kind.key, "", `chart ${chart.id}`));
      return resource(`chart-${chart.id}`, paths.chartCsv(chart.id), schema, "text/csv", chart.title);
    }),
  ];
  return { resources, schemas: schemas.byName };
});

/** The descriptor of every CSV file the edition of `model` publishes; `homepage` is the absolute URL of its /data/ page. */
export function dataPackage(model: Model, homepage: string, created: string): DataPackageFiles {
  const { m } = model;
  const { resources, schemas } = packageContents(model);
  return {
    descriptor: {
      $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
      name: "sms-azerbaijan-migration-statistics",
      title: m.site.name,
      description: m.pages.data.description,
      homepage,
      created,
      sources: [{ title: m.site.publisher }],
      resources,
    },
    schemas,
  };
}

import { csvFormatRows } from "d3-dsv";
import type { Dataset, Observation, Period } from "../dataset/types.ts";
import type { SiteModel } from "../model/siteModel.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";

export interface Column {
  name: string;
  meaning: string;
}

export interface DownloadTable {
  columns: Column[];
  rows: (string | number | undefined)[][];
}

const OBSERVATION_COLUMNS: Column[] = [
  { name: "period", meaning: "period id, as in the page address /periods/<id>/" },
  { name: "period_label", meaning: "the period in words" },
  { name: "period_kind", meaning: "month, half-year, nine-months, year, snapshot or unknown" },
  { name: "period_start", meaning: "first day covered (YYYY-MM-DD); empty where the source gives no period" },
  { name: "period_end", meaning: "last day covered (YYYY-MM-DD)" },
  { name: "metric", meaning: "metric id (see metrics.csv)" },
  { name: "metric_label", meaning: "the metric in words" },
  { name: "unit", meaning: "what is counted" },
  { name: "value", meaning: "the figure, a plain number" },
  { name: "raw", meaning: "the figure exactly as printed in the source (empty for computed figures)" },
  { name: "document", meaning: "id of the source document (see the Sources page)" },
  { name: "line", meaning: "line of the source document that prints the figure" },
  { name: "vs", meaning: "for a percent change stated by the source: the period it compares with" },
  { name: "note", meaning: "remarks on the figure" },
  { name: "formula", meaning: "for a figure computed by this report: how (empty for published figures)" },
];

/** Figures in tidy form: one row per period and metric, with every label a reader needs. */
export function observationsTable(dataset: Dataset, observations: readonly (Observation | DerivedObservation)[]): DownloadTable {
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  return {
    columns: OBSERVATION_COLUMNS,
    rows: observations.map((o) => {
      const p = periods.get(o.period)!;
      const m = metrics.get(o.metric)!;
      return [o.period, p.label, p.kind, p.start, p.end, o.metric, m.label, m.unit, o.value, o.raw, o.document, o.line, o.vs, o.note, "formula" in o ? o.formula : undefined];
    }),
  };
}

/** The figures a period page shows (its own and its companions'), in dataset order. */
export function periodTable(model: Pick<SiteModel, "dataset" | "derived" | "shownOn">, period: Period): DownloadTable {
  const shown = new Set(model.shownOn(period.id).map((p) => p.id));
  return observationsTable(model.dataset, [...model.dataset.observations, ...model.derived].filter((o) => shown.has(o.period)));
}

export function metricsTable(dataset: Dataset): DownloadTable {
  return {
    columns: [
      { name: "id", meaning: "metric id" },
      { name: "label", meaning: "the metric in words" },
      { name: "unit", meaning: "what is counted" },
      { name: "group", meaning: "topic" },
      { name: "parent", meaning: "the total this metric is a part of, if any" },
      { name: "claim", meaning: "change or share: a percent stated by the source" },
      { name: "claim_of", meaning: "the metric a stated percent describes" },
      { name: "definition", meaning: "what the metric measures" },
    ],
    rows: dataset.metrics.map((m) => [m.id, m.label, m.unit, dataset.groups.find((g) => g.id === m.group)?.label, m.parent, m.claim, m.claimOf, m.definition]),
  };
}

export function periodsTable(dataset: Dataset): DownloadTable {
  return {
    columns: [
      { name: "id", meaning: "period id" },
      { name: "label", meaning: "the period in words" },
      { name: "kind", meaning: "month, half-year, nine-months, year, snapshot or unknown" },
      { name: "start", meaning: "first day covered" },
      { name: "end", meaning: "last day covered" },
      { name: "document", meaning: "source document id" },
      { name: "lines", meaning: "lines of the document that hold the period's figures" },
      { name: "source_label", meaning: "how the source names the period" },
      { name: "flags", meaning: "duplicate-label, unknown-period or derived, separated by spaces" },
      { name: "shown_on", meaning: "for comparison periods: the period whose page shows them" },
    ],
    rows: dataset.periods.map((p) => [p.id, p.label, p.kind, p.start, p.end, p.document, `${p.lines.from}-${p.lines.to}`, p.sourceLabel, p.flags.join(" "), p.companionOf]),
  };
}

export function toCsv(table: DownloadTable): string {
  return `${csvFormatRows([table.columns.map((c) => c.name), ...table.rows.map((r) => r.map((v) => (v === undefined ? "" : String(v))))])}\n`;
}

export function toJson(table: DownloadTable): string {
  return `${JSON.stringify(table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.name, r[i] ?? null]))), null, 1)}\n`;
}

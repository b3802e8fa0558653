import { csvFormatRows } from "d3-dsv";
import { metricsById, periodsById } from "../dataset/byId.ts";
import type { Dataset, Observation, Period } from "../dataset/types.ts";
import type { SiteModel } from "../model/siteModel.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { memoised } from "../memo.ts";

export interface DownloadTable {
  /** The column names, which are codes; what each holds is in the catalog (m.downloads). */
  columns: readonly string[];
  rows: (string | number | undefined)[][];
}

const OBSERVATION_COLUMNS = [
  "period",
  "period_label",
  "period_kind",
  "period_start",
  "period_end",
  "metric",
  "metric_label",
  "unit",
  "value",
  "raw",
  "document",
  "line",
  "vs",
  "note",
  "formula",
] as const;

/** Figures in tidy form: one row per period and metric, with every label a reader needs. */
export function observationsTable(dataset: Dataset, observations: readonly (Observation | DerivedObservation)[]): DownloadTable {
  const periods = periodsById(dataset.periods);
  const metrics = metricsById(dataset.metrics);
  return {
    columns: OBSERVATION_COLUMNS,
    rows: observations.map((o) => {
      const p = periods.get(o.period)!;
      const m = metrics.get(o.metric)!;
      return [o.period, p.label, p.kind, p.start, p.end, o.metric, m.label, m.unit, o.value, o.raw, o.document, o.line, o.vs, o.note, "formula" in o ? o.formula : undefined];
    }),
  };
}

/** Every figure, published then computed: the rows of the whole-dataset exchange files. */
export function allFigures(model: Pick<SiteModel, "dataset" | "derived">): (Observation | DerivedObservation)[] {
  return [...model.dataset.observations, ...model.derived];
}

/** The figures a period page shows (its own and its companions'), in dataset order. */
export function periodFigures(model: Pick<SiteModel, "dataset" | "derived" | "shownOn">, period: Period): (Observation | DerivedObservation)[] {
  const { all, places } = figurePlaces(model.dataset.observations)(model.derived);
  const shown = new Set(model.shownOn(period.id).map((p) => p.id));
  return [...shown]
    .flatMap((id) => places.get(id) ?? [])
    .sort((a, b) => a - b)
    .map((place) => all[place]!);
}

// Where each period's figures stand among all of them (published, then computed), made once
// per dataset: a period page, its JSON-LD and its files each ask, for every period.
const figurePlaces = memoised((observations: readonly Observation[]) =>
  memoised((derived: readonly DerivedObservation[]) => {
    const all = [...observations, ...derived];
    return { all, places: Map.groupBy(all.keys(), (place) => all[place]!.period) };
  }),
);

/** The figures a period page shows, as its download table. */
export function periodTable(model: Pick<SiteModel, "dataset" | "derived" | "shownOn">, period: Period): DownloadTable {
  return observationsTable(model.dataset, periodFigures(model, period));
}

export function metricsTable(dataset: Dataset): DownloadTable {
  return {
    columns: [
      "id",
      "label",
      "unit",
      "group",
      "parent",
      "claim",
      "claim_of",
      "definition",
    ],
    rows: dataset.metrics.map((m) => [m.id, m.label, m.unit, dataset.groups.find((g) => g.id === m.group)?.label, m.parent, m.claim, m.claimOf, m.definition]),
  };
}

export function periodsTable(dataset: Dataset): DownloadTable {
  return {
    columns: [
      "id",
      "label",
      "kind",
      "start",
      "end",
      "document",
      "lines",
      "source_label",
      "flags",
      "shown_on",
    ],
    rows: dataset.periods.map((p) => [p.id, p.label, p.kind, p.start, p.end, p.document, `${p.lines.from}-${p.lines.to}`, p.sourceLabel, p.flags.join(" "), p.companionOf]),
  };
}

export function toCsv(table: DownloadTable): string {
  return `${csvFormatRows([[...table.columns], ...table.rows.map((r) => r.map((v) => (v === undefined ? "" : String(v))))])}\n`;
}

export function toJson(table: DownloadTable): string {
  return `${JSON.stringify(table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null]))), null, 1)}\n`;
}

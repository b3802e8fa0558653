import { timeAxisOrder } from "../periods/timeline.ts";
import type { Dataset, Metric, Observation, Period, Unit } from "../dataset/types.ts";
import type { ChartNote, PointStatus } from "./types.ts";
import { lowerFirst } from "./wording.ts";
import type { Messages } from "../i18n/messages.ts";

/** A figure this report computes, with how it was computed (see src/lib/derive/derivedPeriods.ts). */
export interface ComputedFigure extends Observation {
  formula: string;
}

/** Everything charts are drawn from: the checked dataset, the figures computed from it, and both indexed. */
export interface ChartSources {
  /** The words of the edition (src/lib/i18n). */
  m: Messages;
  dataset: Dataset;
  derived: readonly ComputedFigure[];
  figures: FigureIndex;
}

/** A figure ready to chart: resolved period, metric and unit, and where the value comes from. */
export interface ChartFigure {
  period: Period;
  metric: Metric;
  unit: Unit;
  value: number;
  status: PointStatus;
  observation: Observation;
  /** For a computed figure: how it was computed. */
  formula?: string;
}

export function periodStatus(period: Period): PointStatus {
  if (period.flags.includes("derived")) return "derived";
  if (period.flags.includes("duplicate-label") || period.flags.includes("unknown-period")) return "flagged";
  return "published";
}

/** The status of a value made from values of these statuses: flagged over computed over published. */
export function worstStatus(...statuses: PointStatus[]): PointStatus {
  return statuses.includes("flagged") ? "flagged" : statuses.includes("derived") ? "derived" : "published";
}

export interface FigureIndex {
  get(period: string, metric: string): ChartFigure | undefined;
  ofPeriod(period: string): ChartFigure[];
  ofMetric(metric: string): ChartFigure[];
}

/** Published and computed figures together, each knowing its status (made once, in the site model). */
export function buildFigureIndex(dataset: Dataset, derived: readonly ComputedFigure[]): FigureIndex {
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const sourced: (Observation & { formula?: string })[] = [...dataset.observations, ...derived];
  const all: ChartFigure[] = sourced.map((o) => {
    const period = periods.get(o.period)!;
    const metric = metrics.get(o.metric)!;
    const formula = o.formula;
    return { period, metric, unit: units.get(metric.unit)!, value: o.value, status: formula ? "derived" : periodStatus(period), observation: o, formula };
  });
  const byKey = new Map(all.map((f) => [`${f.period.id}|${f.metric.id}`, f]));
  const byPeriod = Map.groupBy(all, (f) => f.period.id);
  const byMetric = Map.groupBy(all, (f) => f.metric.id);
  return {
    get: (period, metric) => byKey.get(`${period}|${metric}`),
    ofPeriod: (period) => [...(byPeriod.get(period) ?? [])],
    ofMetric: (metric) => [...(byMetric.get(metric) ?? [])],
  };
}

/**
 * Figures in time order of their periods (companions and computed periods included): by the
 * day they end, the shorter first, then file order (the order of the timeline of pages).
 */
export function inTimeOrder(dataset: Pick<Dataset, "periods">, figures: readonly ChartFigure[]): ChartFigure[] {
  const order = timeAxisOrder(dataset);
  return [...figures].sort((a, b) => order(a.period, b.period));
}

/** Why the values of `figures` that are not plainly published look different, once per cause, in `words` (m.charts.statusNotes). */
export function statusNotes(figures: readonly ChartFigure[], words: Messages["charts"]["statusNotes"]): ChartNote[] {
  const notes = new Map<string, ChartNote>();
  for (const f of figures) {
    if (f.status === "published") continue;
    if (f.formula) notes.set(f.period.id, { status: "derived", text: words.computed({ period: f.period.label, formula: f.formula }) });
    else if (f.period.flags.includes("duplicate-label")) notes.set(`label|${f.period.sourceLabel}`, { status: "flagged", text: words.labelUsedTwice(f.period.sourceLabel) });
    else if (f.period.flags.includes("unknown-period")) notes.set(f.period.id, { status: "flagged", text: words.periodNotStated(lowerFirst(f.period.label)) });
  }
  return [...notes.values()];
}

import type { Metric, Period, PeriodKind } from "../dataset/types.ts";
import { formatFigure, formatNumber } from "../format.ts";
import { isOnTimeline } from "../periods/timeline.ts";
import { figureHref } from "./figureLink.ts";
import { inTimeOrder, type ChartFigure, type ChartSources } from "./figures.ts";
import { seriesChart } from "./seriesCharts.ts";
import type { Chart } from "./types.ts";

/** Kinds in the order their charts appear: the shortest periods first. */
const KIND_ORDER: PeriodKind[] = ["month", "half-year", "nine-months", "year", "snapshot"];

/** Every figure of a metric, published and computed: dated ones in time order, then undated ones. */
export function indicatorFigures(sources: ChartSources, metric: Metric): ChartFigure[] {
  const figures = sources.figures.ofMetric(metric.id);
  const dated = figures.filter((f) => isOnTimeline(f.period));
  return [...inTimeOrder(sources.dataset, dated), ...figures.filter((f) => !dated.includes(f))];
}

/** The metric's dated figures, kind by kind in KIND_ORDER; the undated block is left to the table. */
function seriesByKindOf(sources: ChartSources, metric: Metric): [PeriodKind, ChartFigure[]][] {
  const dated = indicatorFigures(sources, metric).filter((f) => isOnTimeline(f.period));
  return KIND_ORDER.map((kind) => [kind, dated.filter((f) => f.period.kind === kind)] as [PeriodKind, ChartFigure[]]).filter(([, series]) => series.length > 0);
}

/**
 * One chart per kind of period that has two figures or more, so that months, cumulative
 * totals and years are never drawn on one axis. A kind with a single figure has no chart:
 * one bar on a padded axis says nothing a figure does not (indicatorSingles).
 */
export function indicatorCharts(sources: ChartSources, metric: Metric): Chart[] {
  return seriesByKindOf(sources, metric).flatMap(([kind, series]) => (series.length > 1 ? [seriesChart(sources, metric, kind, series)] : []));
}

/** A kind of period with one figure of the metric, shown as that figure: its kind, period, value and citation. */
export interface SingleFigure {
  kind: PeriodKind;
  row: IndicatorRow;
}

/** The kinds of period that have exactly one figure of the metric, each with that figure's row. */
export function indicatorSingles(sources: ChartSources, metric: Metric): SingleFigure[] {
  const rows = indicatorRows(sources, metric);
  return seriesByKindOf(sources, metric).flatMap(([kind, series]) => (series.length === 1 ? [{ kind, row: rows.find((r) => r.figure === series[0])! }] : []));
}

/** One line of an indicator's table of every figure. */
export interface IndicatorRow {
  figure: ChartFigure;
  /** Where the figure is shown among the period's figures. */
  href: string;
  display: string;
  /** Why the figure needs a word of caution, if it does. */
  notes: string[];
  /** The source line that prints it; absent for a figure this report computes. */
  citation?: { document: string; text: string };
}

/** Every figure of a metric for its table: the charts' values and those without a place in time. */
export function indicatorRows(sources: ChartSources, metric: Metric): IndicatorRow[] {
  const { dataset, m } = sources;
  const words = m.charts.indicatorTable;
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  return indicatorFigures(sources, metric).map((f) => {
    const host = f.period.companionOf ? periods.get(f.period.companionOf) : undefined;
    const notes = [
      ...(f.formula ? [words.computed(f.formula)] : []),
      ...f.period.flags.filter((flag) => flag !== "derived").map((flag) => m.terms.flags[flag]),
      ...(f.period.flags.includes("unknown-period") ? [words.notOnCharts] : []),
      ...(host ? [words.printedWith(host.label)] : []),
    ];
    const document = documents.get(f.observation.document)!;
    return {
      figure: f,
      href: figureHref(dataset, f.period.id, metric.id),
      display: formatFigure(f.value, metric, sources.m),
      notes,
      citation: f.formula ? undefined : { document: document.id, text: sources.m.terms.citation(document.short, formatNumber(f.observation.line, sources.m)) },
    };
  });
}

/** How far an indicator reaches: how many periods, the first and last in time, how many undated. */
export function indicatorReach(sources: ChartSources, metric: Metric): { periods: number; first?: Period; last?: Period; undated: number } {
  const figures = indicatorFigures(sources, metric);
  const dated = figures.filter((f) => isOnTimeline(f.period));
  return { periods: figures.length, first: dated[0]?.period, last: dated.at(-1)?.period, undated: figures.length - dated.length };
}

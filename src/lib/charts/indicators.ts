import { max, min } from "d3-array";
import type { Dataset, Metric, Period, PeriodKind } from "../dataset/types.ts";
import { PERIOD_FLAG_LABELS, formatCitation, formatFigure, unitWord } from "../format.ts";
import { figureHref } from "./figureLink.ts";
import { inTimeOrder, statusNotes, type ChartFigure, type ChartSources } from "./figures.ts";
import { seriesByKind } from "./seriesByKind.ts";
import type { Chart, ChartRow } from "./types.ts";
import { KIND_PLURAL, KIND_SINGULAR, STATUS_LABELS, capitalise } from "./wording.ts";

/**
 * Metrics that get a page of their own: those the source publishes for two or more
 * periods, any periods (an undated block or a comparison period counts). The source's
 * stated changes and shares are claims about other metrics, not series of their own.
 */
export function indicatorMetrics(dataset: Pick<Dataset, "metrics" | "observations">): Metric[] {
  const periods = new Map<string, Set<string>>();
  for (const o of dataset.observations) periods.set(o.metric, (periods.get(o.metric) ?? new Set()).add(o.period));
  return dataset.metrics.filter((m) => !m.claim && (periods.get(m.id)?.size ?? 0) >= 2);
}

/** Kinds in the order their charts appear: the shortest periods first. */
const KIND_ORDER: PeriodKind[] = ["month", "half-year", "nine-months", "year", "snapshot"];

/** Every figure of a metric, published and computed: dated ones in time order, then undated ones. */
export function indicatorFigures(sources: ChartSources, metric: Metric): ChartFigure[] {
  const figures = sources.figures.ofMetric(metric.id);
  const dated = figures.filter((f) => f.period.end !== undefined && !f.period.flags.includes("unknown-period"));
  return [...inTimeOrder(sources.dataset, dated), ...figures.filter((f) => !dated.includes(f))];
}

/**
 * One chart per kind of period, so that months, cumulative totals and years are never drawn
 * on one axis. Periods with no place in time (the undated block) are left to the table.
 */
export function indicatorCharts(sources: ChartSources, metric: Metric): Chart[] {
  const dated = indicatorFigures(sources, metric).filter((f) => f.period.end !== undefined && !f.period.flags.includes("unknown-period"));
  return KIND_ORDER.flatMap((kind) => {
    const series = dated.filter((f) => f.period.kind === kind);
    return series.length > 0 ? [seriesChart(sources, metric, kind, series)] : [];
  });
}

function seriesChart(sources: ChartSources, metric: Metric, kind: PeriodKind, series: readonly ChartFigure[]): Chart {
  const unit = series[0]!.unit;
  const rows = seriesRows(sources, metric, series);
  const { describe, range } = seriesRange(metric, series);
  const finding =
    series.length === 1
      ? `One ${KIND_SINGULAR[kind]} figure so far: ${describe(series[0]!)}.`
      : `Across the ${series.length} ${KIND_PLURAL[kind]} shown, the figure ranges ${range}.`;
  const title = `${metric.label}: ${KIND_SINGULAR[kind]} figures`;
  return {
    id: `indicator-${metric.id}-${kind}`,
    title,
    finding,
    notes: statusNotes(series),
    label: `Bar chart over time: ${title}`,
    columns: ["Period", capitalise(unit.other)],
    rows,
    ...seriesDownloadAndPlot(metric.id, series, rows, unit.other),
  };
}

/** The rows of a series of one metric over time: one per period, linked to its figure. */
export function seriesRows(sources: ChartSources, metric: Metric, series: readonly ChartFigure[]): ChartRow[] {
  return series.map((f) => ({
    label: f.period.label,
    href: figureHref(sources.dataset, f.period.id, metric.id),
    value: f.value,
    display: formatFigure(f.value, metric),
    status: f.status,
  }));
}

/** A series' lowest and highest figure in words: "from 5,261 calls in November 2024 to 7,577 calls in July 2024". */
export function seriesRange(metric: Metric, series: readonly ChartFigure[]): { describe: (f: ChartFigure) => string; range: string } {
  const describe = (f: ChartFigure) => `${formatFigure(f.value, metric)} ${unitWord(f.value, f.unit)} in ${f.period.label}`;
  const highest = series.find((f) => f.value === max(series, (s) => s.value))!;
  const lowest = series.find((f) => f.value === min(series, (s) => s.value))!;
  return { describe, range: `from ${describe(lowest)} to ${describe(highest)}` };
}

/** The CSV and the time-axis plot of a series of one metric, one row per period. */
export function seriesDownloadAndPlot(metric: string, series: readonly ChartFigure[], rows: readonly ChartRow[], unitLabel: string): Pick<Chart, "csv" | "plot"> {
  return {
    csv: {
      header: ["period", "start", "end", "metric", "value", "status"],
      records: series.map((f, i) => [f.period.id, f.period.start!, f.period.end!, metric, f.value, STATUS_LABELS[rows[i]!.status]]),
    },
    plot: seriesByKind(
      series.map((f, i) => ({ label: f.period.label, start: f.period.start!, end: f.period.end!, value: f.value, display: rows[i]!.display, status: f.status })),
      unitLabel,
    ),
  };
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
  const { dataset } = sources;
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  return indicatorFigures(sources, metric).map((f) => {
    const host = f.period.companionOf ? periods.get(f.period.companionOf) : undefined;
    const notes = [
      ...(f.formula ? [`${STATUS_LABELS.derived}: ${f.formula}`] : []),
      ...f.period.flags.filter((flag) => flag !== "derived").map((flag) => PERIOD_FLAG_LABELS[flag]),
      ...(f.period.flags.includes("unknown-period") ? ["not on the charts"] : []),
      ...(host ? [`printed for comparison with ${host.label}`] : []),
    ];
    const document = documents.get(f.observation.document)!;
    return {
      figure: f,
      href: figureHref(dataset, f.period.id, metric.id),
      display: formatFigure(f.value, metric),
      notes,
      citation: f.formula ? undefined : { document: document.id, text: formatCitation(document.short, f.observation.line) },
    };
  });
}

/** How far an indicator reaches: how many periods, the first and last in time, how many undated. */
export function indicatorReach(sources: ChartSources, metric: Metric): { periods: number; first?: Period; last?: Period; undated: number } {
  const figures = indicatorFigures(sources, metric);
  const dated = figures.filter((f) => f.period.end !== undefined && !f.period.flags.includes("unknown-period"));
  return { periods: figures.length, first: dated[0]?.period, last: dated.at(-1)?.period, undated: figures.length - dated.length };
}

import { max, min } from "d3-array";
import type { Metric, PeriodKind } from "../dataset/types.ts";
import { formatFigure, formatSpanOf, formatNumber, unitWord, unitLabel } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { figureRow } from "./figureRows.ts";
import { statusNotes, type ChartFigure, type ChartSources } from "./figures.ts";
import { makeChart } from "./makeChart.ts";
import { seriesByKindPlot, type GapBand, type SeriesPoint } from "./seriesByKind.ts";
import { plotSpec, type PlotSpec } from "./plotSpec.ts";
import { seriesGaps } from "./seriesGaps.ts";
import type { Chart, ChartRow } from "./types.ts";
import { capitalise, markTitle } from "./wording.ts";

/** One metric over the periods of one kind (`series`, in time order, two or more), on a time axis. */
export function seriesChart(sources: ChartSources, metric: Metric, kind: PeriodKind, series: readonly ChartFigure[]): Chart {
  const { m } = sources;
  const words = m.charts.series;
  const unit = series[0]!.unit;
  const rows = seriesRows(sources, series);
  const { range } = seriesRange(metric, series, m);
  return makeChart({
    id: `indicator-${metric.id}-${kind}`,
    title: words.title({ metric: metric.label, kind: m.terms.kinds.singular[kind] }),
    finding: words.finding({ count: formatNumber(series.length, m), kinds: m.terms.kinds.plural[kind], range }),
    notes: statusNotes(series, m.charts.statusNotes),
    label: m.charts.label.overTime,
    columns: [words.column, capitalise(unitLabel(unit), m.locale)],
    rows,
    ...seriesDownloadAndPlot(sources, series, rows),
  });
}

/** The rows of a series of one metric over time: one per period, linked to its figure. */
export function seriesRows(sources: ChartSources, series: readonly ChartFigure[]): ChartRow[] {
  return series.map((f) => figureRow(sources, f, f.period.label));
}

/** A series' lowest and highest figure in `words` (m.charts.series): "from 5,261 calls in November 2024 to 7,577 calls in July 2024". */
export function seriesRange(metric: Metric, series: readonly ChartFigure[], m: Messages): { describe: (f: ChartFigure) => string; range: string } {
  const words = m.charts.series;
  const describe = (f: ChartFigure) => words.figure({ value: formatFigure(f.value, metric, m), unit: unitWord(f.value, f.unit, m), period: f.period.label });
  const highest = series.find((f) => f.value === max(series, (s) => s.value))!;
  const lowest = series.find((f) => f.value === min(series, (s) => s.value))!;
  return { describe, range: words.range({ lowest: describe(lowest), highest: describe(highest) }) };
}

/** The shaded gaps of a series of one kind of period, across `extent` when given (an axis shared with other series), with their titles. */
export function seriesGapBands(sources: ChartSources, series: readonly ChartFigure[], extent?: { start: string; end: string }): GapBand[] {
  const { m } = sources;
  const kind = series[0]!.period.kind;
  const spans = series.map((f) => ({ start: f.period.start!, end: f.period.end! }));
  return seriesGaps(sources.dataset, kind, spans, extent).map((gap) => ({ ...gap, title: m.charts.gaps.title(formatSpanOf(gap, kind, m), m.charts.gaps.key[gap.reason]) }));
}

/** The points of a series on a time axis, one per figure, `current` the period the chart is about. */
export function seriesPoints(series: readonly ChartFigure[], rows: readonly ChartRow[], m: Messages, current?: ChartFigure): SeriesPoint[] {
  return series.map((f, i) => ({
    label: f.period.label,
    start: f.period.start!,
    end: f.period.end!,
    value: f.value,
    display: rows[i]!.display,
    status: f.status,
    title: markTitle(f.period.label, rows[i]!.display, f.status, m),
    ...(current ? { current: f === current } : {}),
  }));
}

/**
 * The time-axis plot of a series of one metric over periods of one kind, its gaps shaded
 * and keyed, in the words of the charts (m.charts); with `current`, the chart is about that
 * period and names it with `currentLabel`.
 */
export function seriesPlot(sources: ChartSources, series: readonly ChartFigure[], rows: readonly ChartRow[], focus?: { current: ChartFigure; currentLabel: (display: string) => string }): PlotSpec {
  const { m } = sources;
  return plotSpec(seriesByKindPlot, {
    points: seriesPoints(series, rows, m, focus?.current),
    options: { unit: unitLabel(series[0]!.unit), months: m.charts.axis.months, gaps: seriesGapBands(sources, series), gapKey: m.charts.gaps.key, currentLabel: focus?.currentLabel },
    locale: m.locale,
  });
}

/** The CSV and the time-axis plot of a series of one metric, one row per period, in the words of the charts (m.charts). */
export function seriesDownloadAndPlot(sources: ChartSources, series: readonly ChartFigure[], rows: readonly ChartRow[]): Pick<Chart, "csv" | "plot"> {
  const { status } = sources.m.charts;
  return {
    csv: {
      header: ["period", "start", "end", "metric", "value", "status"],
      records: series.map((f, i) => [f.period.id, f.period.start!, f.period.end!, f.metric.id, f.value, status[rows[i]!.status]]),
    },
    plot: seriesPlot(sources, series, rows),
  };
}

import { max, min } from "d3-array";
import type { Metric, PeriodKind } from "../dataset/types.ts";
import { formatFigure, formatNumber, unitWord, unitLabel } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { figureRow } from "./figureRows.ts";
import { statusNotes, type ChartFigure, type ChartSources } from "./figures.ts";
import { makeChart } from "./makeChart.ts";
import { seriesByKind } from "./seriesByKind.ts";
import type { Chart, ChartRow } from "./types.ts";
import { capitalise, markTitle } from "./wording.ts";

/** One metric over the periods of one kind (`series`, in time order), on a time axis. */
export function seriesChart(sources: ChartSources, metric: Metric, kind: PeriodKind, series: readonly ChartFigure[]): Chart {
  const { m } = sources;
  const words = m.charts.series;
  const unit = series[0]!.unit;
  const rows = seriesRows(sources, series);
  const { describe, range } = seriesRange(metric, series, m);
  return makeChart({
    id: `indicator-${metric.id}-${kind}`,
    title: words.title({ metric: metric.label, kind: m.terms.kinds.singular[kind] }),
    finding:
      series.length === 1
        ? words.findingOne({ kind: m.terms.kinds.singular[kind], figure: describe(series[0]!) })
        : words.finding({ count: formatNumber(series.length, m), kinds: m.terms.kinds.plural[kind], range }),
    notes: statusNotes(series, m.charts.statusNotes),
    label: m.charts.label.overTime,
    columns: [words.column, capitalise(unitLabel(unit), m.locale)],
    rows,
    ...seriesDownloadAndPlot(metric.id, series, rows, unitLabel(unit), m),
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

/** The CSV and the time-axis plot of a series of one metric, one row per period, in the words of the charts (m.charts). */
export function seriesDownloadAndPlot(
  metric: string,
  series: readonly ChartFigure[],
  rows: readonly ChartRow[],
  unitLabel: string,
  m: Messages,
): Pick<Chart, "csv" | "plot"> {
  const { status } = m.charts;
  return {
    csv: {
      header: ["period", "start", "end", "metric", "value", "status"],
      records: series.map((f, i) => [f.period.id, f.period.start!, f.period.end!, metric, f.value, status[rows[i]!.status]]),
    },
    plot: seriesByKind(
      series.map((f, i) => ({ label: f.period.label, start: f.period.start!, end: f.period.end!, value: f.value, display: rows[i]!.display, status: f.status, title: markTitle(f.period.label, rows[i]!.display, f.status, m) })),
      unitLabel,
      m.charts.axis.months,
      m,
    ),
  };
}

import { inTimeOrder, type ChartFigure } from "../charts/figures.ts";
import { seriesGapBands, seriesPoints, seriesRows } from "../charts/seriesCharts.ts";
import { smallMultipleSpec, type MultipleAxis } from "../charts/smallMultiple.ts";
import type { PointStatus } from "../charts/types.ts";
import type { GapReason } from "../charts/seriesGaps.ts";
import type { Metric } from "../dataset/types.ts";
import { percentChange } from "../derive/percentChange.ts";
import { describeChange, formatFigure, formatSpanOf, unitWord } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { isOnTimeline } from "../periods/timeline.ts";
import { paths } from "../url.ts";

/** One key indicator on the home page: its latest month, the change, and its months drawn small. */
export interface KeyIndicatorView {
  metric: string;
  label: string;
  /** Its indicator page. */
  href: string;
  /** The latest monthly figure, and what it counts in which month. */
  latest: { value: number; display: string; text: string };
  /** The change against the previous month with a bulletin of its own, in words; absent where there is none. */
  change?: string;
  /** The months drawn small, on the axis every key indicator shares; absent with a single month. */
  svg?: string;
}

export interface KeyIndicatorsView {
  /** The months the shared axis covers, in words. */
  span: string;
  /** The ways of drawing a month besides the plain bar that the charts use (keyed once above them). */
  statuses: Exclude<PointStatus, "published">[];
  /** The kinds of shaded gap the charts show, keyed once above them. */
  gaps: GapReason[];
  items: KeyIndicatorView[];
}

const monthlyFigures = (model: SiteModel, metric: Metric): ChartFigure[] =>
  inTimeOrder(
    model.dataset,
    model.figures.ofMetric(metric.id).filter((f) => f.period.kind === "month" && isOnTimeline(f.period)),
  );

/**
 * The key indicators (metrics with a `key` place in metrics.yaml), each month by month on
 * one shared time axis, with its latest monthly figure and the change against the previous
 * month the sources hold a bulletin for: a computed month is drawn but never the basis of
 * a change. Only indicators with a page of their own and at least one month are shown;
 * none at all gives no view.
 */
export function keyIndicatorsView(model: SiteModel): KeyIndicatorsView | undefined {
  const { m } = model;
  const w = m.pages.home;
  const keyed = model.indicators.filter((metric) => metric.key !== undefined).sort((a, b) => a.key! - b.key!);
  const series = keyed.map((metric) => [metric, monthlyFigures(model, metric)] as const).filter(([, figures]) => figures.length > 0);
  if (series.length === 0) return undefined;
  const all = series.flatMap(([, figures]) => figures);
  const start = all.reduce((a, f) => (f.period.start! < a ? f.period.start! : a), all[0]!.period.start!);
  const end = all.reduce((a, f) => (f.period.end! > a ? f.period.end! : a), all[0]!.period.end!);
  const axisName = (iso: string) => `${m.charts.axis.months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  const axis: MultipleAxis = { start, end, startLabel: axisName(start), endLabel: axisName(end) };
  const span = formatSpanOf({ start, end }, "month", m);

  const gapReasons = new Set<GapReason>();
  const items = series.map(([metric, figures]): KeyIndicatorView => {
    const latest = figures.at(-1)!;
    const previous = figures.findLast((f) => f.period.end! < latest.period.start! && f.status !== "derived");
    const percent = previous && percentChange(latest.value, previous.value);
    const display = formatFigure(latest.value, metric, m);
    let svg: string | undefined;
    if (figures.length > 1) {
      const gaps = seriesGapBands(model, figures, { start, end });
      for (const gap of gaps) gapReasons.add(gap.reason);
      // Drawn through the model, which reuses a drawing an earlier build made of the same chart.
      svg = model.svg({ id: `key-${metric.id}`, label: w.multipleLabel({ metric: metric.label, span }), plot: smallMultipleSpec(seriesPoints(figures, seriesRows(model, figures), m), gaps, axis) });
    }
    return {
      metric: metric.id,
      label: metric.label,
      href: paths.indicator(metric.id),
      latest: { value: latest.value, display, text: w.latestFigure({ unit: unitWord(latest.value, latest.unit, m), period: latest.period.label }) },
      change: previous === undefined ? (figures.length === 1 ? w.onlyMonth : undefined) : percent === undefined ? undefined : w.changeOn({ change: describeChange(percent, m), previous: previous.period.label }),
      svg,
    };
  });
  const drawn = series.filter(([, figures]) => figures.length > 1).flatMap(([, figures]) => figures);
  return {
    span,
    statuses: (["derived", "flagged"] as const).filter((status) => drawn.some((f) => f.status === status)),
    gaps: (["no-bulletin", "no-figure"] as const).filter((reason) => gapReasons.has(reason)),
    items,
  };
}

import type { Period } from "../dataset/types.ts";
import { figuresByPeriod, metricsById, periodsById } from "../dataset/byId.ts";
import { companions } from "../periods/timeline.ts";
import { percentChange } from "../derive/percentChange.ts";
import { describeChange, formatFigure, formatNumber } from "../format.ts";
import { changeBars } from "./changeBars.ts";
import { figureHref } from "./figureLink.ts";
import { periodStatus, statusNotes, worstStatus, type ChartFigure, type ChartSources } from "./figures.ts";
import { makeChart } from "./makeChart.ts";
import type { Chart, ChartRow } from "./types.ts";
import { listOf, lowerFirst } from "./wording.ts";

/** A change chart and the period it compares with. */
export interface ChangeChart {
  vs: string;
  chart: Chart;
}

/**
 * The period's change from the comparison period printed in the same document, or else the
 * changes the source states against a period (one it may give no figures for); `own` are
 * the period's figures.
 */
export function changeChart(sources: ChartSources, period: Period, own: readonly ChartFigure[]): ChangeChart | undefined {
  const { dataset, figures } = sources;
  const comparison = companions(dataset, period).find((p) => p.kind === period.kind && figures.ofPeriod(p.id).length > 0);
  if (comparison) return computedChange(sources, period, comparison, own);
  const stated = (figuresByPeriod(dataset.observations).get(period.id) ?? []).filter((o) => o.vs !== undefined);
  const vs = stated[0]?.vs;
  return vs ? statedChange(sources, period, vs) : undefined;
}

/** Percent changes this report computes from the figures printed for both periods, largest rise first. */
export function computedChange(sources: ChartSources, period: Period, before: Period, own: readonly ChartFigure[]): ChangeChart | undefined {
  const { m } = sources;
  const words = m.charts.change;
  const pairs = own
    .map((after) => ({ after, before: sources.figures.get(before.id, after.metric.id) }))
    .flatMap(({ after, before }) => {
      const percent = before ? percentChange(after.value, before.value) : undefined;
      return before && percent !== undefined ? [{ after, before, percent }] : [];
    })
    .sort((a, b) => b.percent - a.percent);
  if (pairs.length === 0) return undefined;
  const rows: ChartRow[] = pairs.map((p) => ({
    label: p.after.metric.label,
    href: figureHref(sources.dataset, period.id, p.after.metric.id),
    value: p.percent,
    display: describeChange(p.percent, m),
    status: worstStatus(p.after.status, p.before.status),
  }));
  const rises = pairs.filter((p) => p.percent > 0).length;
  const biggest = [...pairs].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent))[0]!;
  return {
    vs: before.id,
    chart: makeChart({
      id: `${period.id}-change-${before.id}`,
      title: words.title({ before: before.label, period: period.label }),
      finding: words.finding({
        figures: pairs.length,
        rises,
        figuresCount: formatNumber(pairs.length, m),
        risesCount: formatNumber(rises, m),
        largest: lowerFirst(biggest.after.metric.label, m.locale),
        change: describeChange(biggest.percent, m),
      }),
      notes: [...statusNotes(pairs.flatMap((p) => [p.after, p.before]), m.charts.statusNotes), { text: words.note }],
      label: m.charts.label.changes,
      columns: [words.figureColumn, words.column],
      rows,
      csv: {
        header: ["metric", "label", "before_period", "before", "after_period", "after", "percent_change", "status"],
        records: pairs.map((p, i) => [p.after.metric.id, p.after.metric.label, before.id, p.before.value, period.id, p.after.value, Number(p.percent.toFixed(2)), m.charts.status[rows[i]!.status]]),
      },
      plot: changeBars(rows.map((r) => ({ label: r.label, percent: r.value, display: r.display, status: r.status })), `${before.label} → ${period.label}`, m),
    }),
  };
}

/** The percent changes the source states from period `vs`, as it prints them, largest first. */
export function statedChange(sources: ChartSources, period: Period, vs: string): ChangeChart | undefined {
  const { dataset, m } = sources;
  const words = m.charts.stated;
  const metrics = metricsById(dataset.metrics);
  const before = periodsById(dataset.periods).get(vs)!;
  const claims = (figuresByPeriod(dataset.observations).get(period.id) ?? [])
    .filter((o) => o.vs === vs && metrics.get(o.metric)?.claim === "change")
    .sort((a, b) => b.value - a.value);
  if (claims.length === 0) return undefined;
  const described = (id: string) => metrics.get(metrics.get(id)!.claimOf!)!;
  const rows: ChartRow[] = claims.map((o) => ({
    label: described(o.metric).label,
    href: figureHref(dataset, period.id, o.metric),
    value: o.value,
    display: formatFigure(o.value, metrics.get(o.metric)!, m),
    status: periodStatus(period),
  }));
  const unpublished = sources.figures.ofPeriod(vs).length === 0;
  const list = listOf(
    rows.map((r) => words.item({ figure: lowerFirst(r.label, m.locale), change: r.display })),
    m,
    3,
  );
  return {
    vs,
    chart: makeChart({
      id: `${period.id}-stated-change-${vs}`,
      title: words.title({ before: before.label, period: period.label }),
      finding: unpublished ? words.findingUnpublished({ before: before.label, list }) : words.finding({ before: before.label, count: formatNumber(rows.length, m), list }),
      notes: [{ text: words.note }],
      label: m.charts.label.changes,
      columns: [words.figureColumn, words.column],
      rows,
      csv: {
        header: ["metric", "label", "vs_period", "percent_change_stated", "status"],
        records: claims.map((o, i) => [o.metric, rows[i]!.label, vs, o.value, m.charts.status[rows[i]!.status]]),
      },
      plot: changeBars(rows.map((r) => ({ label: r.label, percent: r.value, display: r.display, status: r.status })), `${before.label} → ${period.label}`, m),
    }),
  };
}

import { median } from "d3-array";
import type { Period } from "../dataset/types.ts";
import { percentChange } from "../derive/percentChange.ts";
import { describeChange, describeDifference, formatFigure, formatNumber, unitWord, unitLabel } from "../format.ts";
import { isOnTimeline, timeAxisOrder } from "../periods/timeline.ts";
import { figureCsv, figureRow } from "./figureRows.ts";
import { statusNotes, type ChartFigure, type ChartSources, type FigureIndex } from "./figures.ts";
import { makeChart } from "./makeChart.ts";
import { seriesPlot } from "./seriesCharts.ts";
import type { Chart } from "./types.ts";
import { capitalise } from "./wording.ts";
import { memoised } from "../memo.ts";

/** A comparison shows the period among at most this many periods of its kind, the nearest in time. */
const MAX_PEERS = 12;

/**
 * Up to `limit` charts of the period's figures (`own`) against other periods of the SAME
 * kind (months with months, years with years), where it stands out most first. Parts of a
 * total shown on the page are left to the breakdown. Earlier periods are shown where there
 * are any; the first period of its kind is shown with the later ones instead. Periods
 * already `covered` by another chart (the change chart's) do not count as a comparison of
 * their own.
 */
export function comparisonCharts(sources: ChartSources, period: Period, own: readonly ChartFigure[], covered: ReadonlySet<string>, limit: number): Chart[] {
  if (!isOnTimeline(period)) return [];
  const present = new Set(own.map((f) => f.metric.id));
  const candidates: { build: () => Chart; distance: number; line: number }[] = [];
  for (const f of own) {
    if (f.metric.parent !== undefined && present.has(f.metric.parent)) continue;
    const { ordered, place } = onTimeAxis(sources, f.metric.id, period.kind);
    const index = place.get(period.id) ?? -1;
    const earlier = index > 0;
    // Earlier periods where there are any (the nearest ones), otherwise the first later ones.
    const shown = earlier ? ordered.slice(Math.max(0, index + 1 - MAX_PEERS), index + 1) : ordered.slice(0, MAX_PEERS);
    const others = shown.filter((o) => o !== f);
    if (others.every((o) => covered.has(o.period.id))) continue;
    const middle = median(others, (o) => o.value)!;
    candidates.push({
      build: () => comparisonChart(sources, f, shown, earlier),
      // How far the period is from the middle of the others, relative to it.
      distance: middle === 0 ? Infinity : Math.abs(f.value - middle) / middle,
      line: f.observation.line,
    });
  }
  // Only the charts that make the page are drawn.
  return candidates
    .sort((a, b) => b.distance - a.distance || a.line - b.line)
    .slice(0, limit)
    .map((c) => c.build());
}

/** The figures of `metric` for periods of `kind` on the time axis, in its order, and each period's place in it: made once per metric and kind. */
function onTimeAxis(sources: ChartSources, metric: string, kind: Period["kind"]): { ordered: readonly ChartFigure[]; place: Map<string, number> } {
  const made = timeAxes(sources.figures);
  const key = `${metric}|${kind}`;
  let axis = made.get(key);
  if (!axis) {
    const order = timeAxisOrder(sources.dataset);
    const ordered = sources.figures
      .ofMetric(metric)
      .filter((o) => o.period.kind === kind && isOnTimeline(o.period))
      .sort((a, b) => order(a.period, b.period));
    const place = new Map<string, number>();
    ordered.forEach((o, i) => place.has(o.period.id) || place.set(o.period.id, i));
    made.set(key, (axis = { ordered, place }));
  }
  return axis;
}
const timeAxes = memoised((_: FigureIndex) => new Map<string, { ordered: readonly ChartFigure[]; place: Map<string, number> }>());

/**
 * One figure of a period (`own`) among the periods `shown`, which are `earlier` or later
 * ones of its kind, drawn against time: periods of the kind the sources do not hold show
 * as shaded gaps, and the page's own period is drawn strong and named.
 */
export function comparisonChart(sources: ChartSources, own: ChartFigure, shown: readonly ChartFigure[], earlier: boolean): Chart {
  const { m } = sources;
  const words = m.charts.comparison;
  const { period, metric } = own;
  const others = shown.filter((o) => o !== own);
  const scope = words.scope({ earlier, kinds: m.terms.kinds.plural[period.kind] });
  const neighbour = earlier ? shown[shown.indexOf(own) - 1]! : shown[1]!;
  const difference = own.value - neighbour.value;
  const percent = percentChange(own.value, neighbour.value);
  const versus =
    difference === 0
      ? words.same(neighbour.period.label)
      : words.differs({ difference: describeDifference(difference, m), neighbour: neighbour.period.label, change: percent === undefined ? undefined : describeChange(percent, m) });
  const below = others.filter((o) => o.value < own.value).length;
  const above = others.filter((o) => o.value > own.value).length;
  const count = formatNumber(others.length, m);
  const rank =
    others.length === 1
      ? undefined
      : below === others.length
        ? words.moreThanAll({ others: others.length, count, scope })
        : above === others.length
          ? words.fewerThanAll({ others: others.length, count, scope })
          : words.moreThanSome({ below: formatNumber(below, m), count, scope });
  const rows = shown.map((o) => figureRow(sources, o, o.period.label));
  return makeChart({
    id: `${period.id}-compare-${metric.id}`,
    title: words.title({ metric: metric.label, period: period.label, scope }),
    finding: words.finding({ period: period.label, value: formatFigure(own.value, metric, m), unit: unitWord(own.value, own.unit, m), rank, versus }),
    notes: statusNotes(shown, m.charts.statusNotes),
    label: m.charts.label.overTime,
    columns: [words.column, capitalise(unitLabel(own.unit), m.locale)],
    rows,
    csv: figureCsv(rows, shown.map((o) => ({ period: o.period.id, metric: metric.id })), m.charts.status),
    plot: seriesPlot(sources, shown, rows, { current: own, currentLabel: words.thisPage }),
  });
}

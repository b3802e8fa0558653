import { sum } from "d3-array";
import { formatNumber, formatShare, unitWord, unitLabel } from "../format.ts";
import { breakdownBars, type BreakdownPart } from "./breakdownBars.ts";
import { figureCsv, figureRow } from "./figureRows.ts";
import { statusNotes, worstStatus, type ChartFigure, type ChartSources } from "./figures.ts";
import { makeChart } from "./makeChart.ts";
import type { Chart, ChartRow } from "./types.ts";
import { capitalise, lowerFirst } from "./wording.ts";

/** A total of a period with the parts the source lists for it, and their chart. */
export interface Breakdown {
  parent: ChartFigure;
  parts: ChartFigure[];
  chart: Chart;
}

/** Totals among `own` (one period's figures) that come with two or more of their parts: outermost totals first, then the largest. */
export function breakdowns(sources: ChartSources, own: readonly ChartFigure[]): Breakdown[] {
  const present = new Set(own.map((f) => f.metric.id));
  const isRoot = (f: ChartFigure) => f.metric.parent === undefined || !present.has(f.metric.parent);
  return own
    .map((parent) => ({ parent, parts: own.filter((f) => f.metric.parent === parent.metric.id) }))
    .filter(({ parts }) => parts.length >= 2)
    .sort((a, b) => Number(isRoot(b.parent)) - Number(isRoot(a.parent)) || b.parent.value - a.parent.value)
    .map(({ parent, parts }) => ({ parent, parts, chart: breakdownChart(sources, parent, parts) }));
}

/** A total broken into its parts, largest first, with the remainder the source leaves unexplained as a bar of its own. */
export function breakdownChart(sources: ChartSources, parent: ChartFigure, parts: readonly ChartFigure[]): Chart {
  const { m } = sources;
  const words = m.charts.breakdown;
  const { period } = parent;
  const sorted = [...parts].sort((a, b) => b.value - a.value);
  const gap = parent.value - sum(parts, (f) => f.value);
  const rows = sorted.map((f) => figureRow(sources, f, f.metric.label));
  const ids = sorted.map((f) => ({ period: period.id, metric: f.metric.id }));
  if (gap > 0) {
    rows.push({ label: words.notItemised, value: gap, display: formatNumber(gap, m), status: "derived" });
    ids.push({ period: period.id, metric: "" });
  }
  const largest = sorted[0]!;
  const findings = [
    words.largestPart({
      part: lowerFirst(largest.metric.label, m.locale),
      value: formatNumber(largest.value, m),
      total: formatNumber(parent.value, m),
      unit: unitWord(parent.value, parent.unit, m),
      share: formatShare((largest.value / parent.value) * 100, m),
    }),
  ];
  if (gap > 0) findings.push(words.notItemisedCount({ n: gap, count: formatNumber(gap, m), unit: unitWord(gap, parent.unit, m) }));
  if (gap < 0) findings.push(words.partsExceedTotal(formatNumber(-gap, m)));
  return makeChart({
    id: `${period.id}-parts-${parent.metric.id}`,
    title: words.title({ period: period.label, total: lowerFirst(parent.metric.label, m.locale) }),
    finding: m.charts.sentences(findings),
    notes: [
      ...statusNotes([parent, ...parts], m.charts.statusNotes),
      ...(gap > 0 ? [{ status: "derived" as const, text: words.notItemisedNote(words.notItemised) }] : []),
    ],
    label: m.charts.label.bars,
    columns: [words.column, capitalise(unitLabel(parent.unit), m.locale)],
    rows,
    csv: figureCsv(rows, ids, m.charts.status),
    plot: breakdownBars(rows, parent.period.label, m),
  });
}

/**
 * The same breakdown summed by topic, for a total whose parts belong to different lines of
 * work (the undated block's applications); none where the parts share one topic.
 */
export function groupedBreakdown(sources: ChartSources, parent: ChartFigure, parts: readonly ChartFigure[]): Chart | undefined {
  const { m } = sources;
  const words = m.charts.topics;
  const groups = sources.dataset.groups.filter((g) => parts.some((f) => f.metric.group === g.id));
  if (groups.length < 2) return undefined;
  const { period } = parent;
  const rows: (BreakdownPart & ChartRow)[] = groups
    .map((g) => {
      const inGroup = parts.filter((f) => f.metric.group === g.id);
      const value = sum(inGroup, (f) => f.value);
      return { label: g.label, value, display: formatNumber(value, m), status: worstStatus(...inGroup.map((f) => f.status)) };
    })
    .sort((a, b) => b.value - a.value);
  const largest = rows[0]!;
  return makeChart({
    id: `${period.id}-topics-${parent.metric.id}`,
    title: words.title({ period: period.label, total: lowerFirst(parent.metric.label, m.locale) }),
    finding: words.finding({
      topic: largest.label,
      share: formatShare((largest.value / parent.value) * 100, m),
      total: formatNumber(parent.value, m),
      unit: unitWord(parent.value, parent.unit, m),
    }),
    notes: [...statusNotes([parent, ...parts], m.charts.statusNotes), { text: words.note }],
    label: m.charts.label.bars,
    columns: [words.column, capitalise(unitLabel(parent.unit), m.locale)],
    rows,
    csv: { header: ["period", "topic", "value", "status"], records: rows.map((r) => [period.id, r.label, r.value, m.charts.status[r.status]]) },
    plot: breakdownBars(rows, parent.period.label, m),
  });
}

/**
 * The period's separate totals that count the same thing (applications, say) side by side:
 * for a period with no other period of its kind to compare with, what it dealt with most.
 * Figures already `charted` in a breakdown are left out; none without three totals of one unit.
 */
export function sideBySide(sources: ChartSources, own: readonly ChartFigure[], charted: ReadonlySet<ChartFigure>): Chart | undefined {
  const { m } = sources;
  const words = m.charts.sideBySide;
  const present = new Set(own.map((f) => f.metric.id));
  const roots = own.filter((f) => !charted.has(f) && (f.metric.parent === undefined || !present.has(f.metric.parent)));
  const byUnit = [...Map.groupBy(roots, (f) => f.unit.id).values()].filter((g) => g.length >= 3).sort((a, b) => b.length - a.length);
  const figures = byUnit[0]?.sort((a, b) => b.value - a.value);
  if (!figures) return undefined;
  const { period, unit } = figures[0]!;
  const largest = figures[0]!;
  const rows = figures.map((f) => figureRow(sources, f, f.metric.label));
  return makeChart({
    id: `${period.id}-side-by-side-${unit.id}`,
    title: words.title({ period: period.label, unit: unitLabel(unit) }),
    finding: words.finding({ figure: lowerFirst(largest.metric.label, m.locale), value: formatNumber(largest.value, m), unit: unitWord(largest.value, largest.unit, m) }),
    notes: statusNotes(figures, m.charts.statusNotes),
    label: m.charts.label.bars,
    columns: [words.column, capitalise(unitLabel(unit), m.locale)],
    rows,
    csv: figureCsv(rows, figures.map((f) => ({ period: period.id, metric: f.metric.id })), m.charts.status),
    plot: breakdownBars(rows, period.label, m),
  });
}

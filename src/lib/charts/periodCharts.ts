import { median, sum } from "d3-array";
import type { Period } from "../dataset/types.ts";
import { percentChange } from "../derive/percentChange.ts";
import { describeChange, describeDifference, formatFigure, formatNumber, formatShare, unitWord } from "../format.ts";
import { breakdownBars, type BreakdownPart } from "./breakdownBars.ts";
import { changeBars } from "./changeBars.ts";
import { figureHref } from "./figureLink.ts";
import { timeAxisOrder } from "../periods/timeline.ts";
import { periodStatus, statusNotes, type ChartFigure, type ChartSources, type FigureIndex } from "./figures.ts";
import { periodComparison } from "./periodComparison.ts";
import type { Chart, ChartRow, PointStatus } from "./types.ts";
import { KIND_PLURAL, STATUS_LABELS, capitalise, listOf, lowerFirst } from "./wording.ts";

/** At most this many comparisons with other periods per page, the most telling first. */
const MAX_COMPARISONS = 3;
/** A comparison shows the period among at most this many periods of its kind, the nearest in time. */
const MAX_PEERS = 12;
/** Pages get further breakdowns until they have this many charts, where the data allow. */
const MIN_CHARTS = 2;
const NOT_ITEMISED = "Not itemised in the source";

/**
 * The charts of a period page, chosen from what the period's figures allow:
 * - the breakdown of its main total into the parts the source lists, with the remainder
 *   the source leaves unexplained as a bar of its own;
 * - its change from the comparison period printed in the same document, or the changes
 *   the source states against a period it gives no figures for;
 * - its figures against other periods of the SAME kind (months with months, years with
 *   years), earlier ones where there are any, picking the figures where it stands out most.
 */
export function periodCharts(sources: ChartSources, period: Period): Chart[] {
  const figures = sources.figures;
  const own = figures.ofPeriod(period.id).filter((f) => !f.metric.claim);
  const breakdowns = breakdownCandidates(sources, own);
  const change = changeChart(sources, figures, period, own);
  const covered = new Set(change ? [change.vs] : []);
  const comparisons = comparisonCandidates(sources, figures, period, own, covered);
  const charts = [breakdowns[0]?.chart, change?.chart, ...comparisons].filter((c) => c !== undefined);
  const extras = [
    ...breakdowns.slice(1).map((b) => b.chart),
    breakdowns[0] && groupedBreakdown(sources, breakdowns[0].parent, breakdowns[0].parts),
    sideBySide(sources, own, new Set(breakdowns.flatMap((b) => [b.parent, ...b.parts]))),
  ];
  for (const extra of extras) if (charts.length < MIN_CHARTS && extra) charts.push(extra);
  return charts;
}

function unitOf(f: ChartFigure, value: number): string {
  return unitWord(value, f.unit);
}

function row(sources: ChartSources, f: ChartFigure, label: string): ChartRow {
  return { label, href: figureHref(sources.dataset, f.period.id, f.metric.id), value: f.value, display: formatFigure(f.value, f.metric), status: f.status };
}

function figureCsv(rows: readonly ChartRow[], ids: readonly { period: string; metric: string }[]): Chart["csv"] {
  return {
    header: ["period", "metric", "label", "value", "status"],
    records: rows.map((r, i) => [ids[i]!.period, ids[i]!.metric, r.label, r.value, STATUS_LABELS[r.status]]),
  };
}

// --- Breakdowns ---------------------------------------------------------------------------

interface Breakdown {
  parent: ChartFigure;
  parts: ChartFigure[];
  chart: Chart;
}

/** Totals that come with two or more of their parts: outermost totals first, then the largest. */
function breakdownCandidates(sources: ChartSources, own: readonly ChartFigure[]): Breakdown[] {
  const present = new Set(own.map((f) => f.metric.id));
  const isRoot = (f: ChartFigure) => f.metric.parent === undefined || !present.has(f.metric.parent);
  return own
    .map((parent) => ({ parent, parts: own.filter((f) => f.metric.parent === parent.metric.id) }))
    .filter(({ parts }) => parts.length >= 2)
    .sort((a, b) => Number(isRoot(b.parent)) - Number(isRoot(a.parent)) || b.parent.value - a.parent.value)
    .map(({ parent, parts }) => ({ parent, parts, chart: breakdownChart(sources, parent, parts) }));
}

function breakdownChart(sources: ChartSources, parent: ChartFigure, parts: readonly ChartFigure[]): Chart {
  const { period } = parent;
  const sorted = [...parts].sort((a, b) => b.value - a.value);
  const gap = parent.value - sum(parts, (f) => f.value);
  const rows = sorted.map((f) => row(sources, f, f.metric.label));
  const ids = sorted.map((f) => ({ period: period.id, metric: f.metric.id }));
  if (gap > 0) {
    rows.push({ label: NOT_ITEMISED, value: gap, display: formatNumber(gap), status: "derived" });
    ids.push({ period: period.id, metric: "" });
  }
  const largest = sorted[0]!;
  const findings = [
    `The largest part is ${lowerFirst(largest.metric.label)}: ${formatNumber(largest.value)} of ${formatNumber(parent.value)} ${unitOf(parent, parent.value)} (${formatShare((largest.value / parent.value) * 100)}).`,
  ];
  if (gap > 0) findings.push(`${formatNumber(gap)} ${unitOf(parent, gap)} ${gap === 1 ? "is" : "are"} not itemised in the source.`);
  if (gap < 0) findings.push(`The parts the source lists add up to ${formatNumber(-gap)} more than the total it states.`);
  const title = `${period.label}: ${lowerFirst(parent.metric.label)}, by kind`;
  return {
    id: `${period.id}-parts-${parent.metric.id}`,
    title,
    finding: findings.join(" "),
    notes: [
      ...statusNotes([parent, ...parts]),
      ...(gap > 0 ? [{ status: "derived" as const, text: `“${NOT_ITEMISED}” = the total minus the parts the source lists.` }] : []),
    ],
    label: `Bar chart: ${title}`,
    columns: ["Part of the total", capitalise(parent.unit.other)],
    rows,
    csv: figureCsv(rows, ids),
    plot: breakdownBars(rows),
  };
}

/**
 * The period's separate totals that count the same thing (applications, say) side by side:
 * for a period with no other period of its kind to compare with, what it dealt with most.
 * Figures already shown in a breakdown are left out. Used only where a page has too few charts.
 */
function sideBySide(sources: ChartSources, own: readonly ChartFigure[], charted: ReadonlySet<ChartFigure>): Chart | undefined {
  const present = new Set(own.map((f) => f.metric.id));
  const roots = own.filter((f) => !charted.has(f) && (f.metric.parent === undefined || !present.has(f.metric.parent)));
  const byUnit = [...Map.groupBy(roots, (f) => f.unit.id).values()].filter((g) => g.length >= 3).sort((a, b) => b.length - a.length);
  const figures = byUnit[0]?.sort((a, b) => b.value - a.value);
  if (!figures) return undefined;
  const { period, unit } = figures[0]!;
  const rows = figures.map((f) => row(sources, f, f.metric.label));
  const title = `${period.label}: ${unit.other} by line of work`;
  return {
    id: `${period.id}-side-by-side-${unit.id}`,
    title,
    finding: `The largest is ${lowerFirst(figures[0]!.metric.label)}, with ${formatNumber(figures[0]!.value)} ${unitOf(figures[0]!, figures[0]!.value)}; the source gives these figures separately, not as parts of one total.`,
    notes: statusNotes(figures),
    label: `Bar chart: ${title}`,
    columns: ["Figure", capitalise(unit.other)],
    rows,
    csv: figureCsv(rows, figures.map((f) => ({ period: period.id, metric: f.metric.id }))),
    plot: breakdownBars(rows),
  };
}

/**
 * The same breakdown summed by topic, for a total whose parts belong to different lines of
 * work (the undated block's applications). Used only where a page has too few other charts.
 */
function groupedBreakdown(sources: ChartSources, parent: ChartFigure, parts: readonly ChartFigure[]): Chart | undefined {
  const groups = sources.dataset.groups.filter((g) => parts.some((f) => f.metric.group === g.id));
  if (groups.length < 2) return undefined;
  const { period } = parent;
  const rows: (BreakdownPart & ChartRow)[] = groups
    .map((g) => {
      const inGroup = parts.filter((f) => f.metric.group === g.id);
      const value = sum(inGroup, (f) => f.value);
      return { label: g.label, value, display: formatNumber(value), status: worst(...inGroup.map((f) => f.status)) };
    })
    .sort((a, b) => b.value - a.value);
  const largest = rows[0]!;
  const title = `${period.label}: ${lowerFirst(parent.metric.label)}, by topic`;
  return {
    id: `${period.id}-topics-${parent.metric.id}`,
    title,
    finding: `${largest.label} accounts for ${formatShare((largest.value / parent.value) * 100)} of the ${formatNumber(parent.value)} ${unitOf(parent, parent.value)}.`,
    notes: [...statusNotes([parent, ...parts]), { text: "Each topic adds up the parts the source lists under it; the sums are computed by this report." }],
    label: `Bar chart: ${title}`,
    columns: ["Topic", capitalise(parent.unit.other)],
    rows,
    csv: { header: ["period", "topic", "value", "status"], records: rows.map((r) => [period.id, r.label, r.value, STATUS_LABELS[r.status]]) },
    plot: breakdownBars(rows),
  };
}

// --- Change from the comparison period ----------------------------------------------------

function worst(...statuses: PointStatus[]): PointStatus {
  return statuses.includes("flagged") ? "flagged" : statuses.includes("derived") ? "derived" : "published";
}

function changeChart(sources: ChartSources, figures: FigureIndex, period: Period, own: readonly ChartFigure[]): { vs: string; chart: Chart } | undefined {
  const { dataset } = sources;
  const comparison = dataset.periods.find((p) => p.companionOf === period.id && p.kind === period.kind && figures.ofPeriod(p.id).length > 0);
  if (comparison) return computedChange(sources, figures, period, comparison, own);
  const stated = dataset.observations.filter((o) => o.period === period.id && o.vs !== undefined);
  const vs = stated[0]?.vs;
  return vs ? statedChange(sources, figures, period, vs) : undefined;
}

function computedChange(sources: ChartSources, figures: FigureIndex, period: Period, before: Period, own: readonly ChartFigure[]): { vs: string; chart: Chart } | undefined {
  const pairs = own
    .map((after) => ({ after, before: figures.get(before.id, after.metric.id) }))
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
    display: describeChange(p.percent),
    status: worst(p.after.status, p.before.status),
  }));
  const rises = pairs.filter((p) => p.percent > 0).length;
  const biggest = [...pairs].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent))[0]!;
  const title = `Change from ${before.label} to ${period.label}, figure by figure`;
  const risesPhrase = pairs.length === 1 ? (rises === 1 ? "The one figure published for both periods rose" : "The one figure published for both periods did not rise") : `${formatNumber(rises)} of the ${formatNumber(pairs.length)} figures published for both periods rose`;
  return {
    vs: before.id,
    chart: {
      id: `${period.id}-change-${before.id}`,
      title,
      finding: `${risesPhrase}; the largest change is in ${lowerFirst(biggest.after.metric.label)}, ${describeChange(biggest.percent)}.`,
      notes: [
        ...statusNotes(pairs.flatMap((p) => [p.after, p.before])),
        { text: "The changes are computed by this report from the two figures the source prints; where the source also states a change, its own rounded statement is in the table of figures." },
      ],
      label: `Bar chart: ${title}, as percent changes`,
      columns: ["Figure", "Change"],
      rows,
      csv: {
        header: ["metric", "label", "before_period", "before", "after_period", "after", "percent_change", "status"],
        records: pairs.map((p, i) => [p.after.metric.id, p.after.metric.label, before.id, p.before.value, period.id, p.after.value, Number(p.percent.toFixed(2)), STATUS_LABELS[rows[i]!.status]]),
      },
      plot: changeBars(rows.map((r) => ({ label: r.label, percent: r.value, display: r.display, status: r.status }))),
    },
  };
}

function statedChange(sources: ChartSources, figures: FigureIndex, period: Period, vs: string): { vs: string; chart: Chart } | undefined {
  const { dataset } = sources;
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const before = dataset.periods.find((p) => p.id === vs)!;
  const claims = dataset.observations
    .filter((o) => o.period === period.id && o.vs === vs && metrics.get(o.metric)?.claim === "change")
    .sort((a, b) => b.value - a.value);
  if (claims.length === 0) return undefined;
  const described = (id: string) => metrics.get(metrics.get(id)!.claimOf!)!;
  const rows: ChartRow[] = claims.map((o) => ({
    label: described(o.metric).label,
    href: figureHref(dataset, period.id, o.metric),
    value: o.value,
    display: formatFigure(o.value, metrics.get(o.metric)!),
    status: periodStatus(period),
  }));
  const unpublished = figures.ofPeriod(vs).length === 0;
  const list = listOf(rows.map((r) => `${lowerFirst(r.label)} ${r.display}`), 3);
  const title = `Change from ${before.label} to ${period.label}, as the source states it`;
  return {
    vs,
    chart: {
      id: `${period.id}-stated-change-${vs}`,
      title,
      finding: unpublished
        ? `The source gives no figures for ${before.label}, only changes from it: ${list}.`
        : `The source states the change from ${before.label} for ${formatNumber(rows.length)} figures: ${list}.`,
      notes: [{ text: "Percent changes as the source prints them, rounded as printed." }],
      label: `Bar chart: ${title}, as percent changes`,
      columns: ["Figure", "Change as stated"],
      rows,
      csv: {
        header: ["metric", "label", "vs_period", "percent_change_stated", "status"],
        records: claims.map((o, i) => [o.metric, rows[i]!.label, vs, o.value, STATUS_LABELS[rows[i]!.status]]),
      },
      plot: changeBars(rows.map((r) => ({ label: r.label, percent: r.value, display: r.display, status: r.status }))),
    },
  };
}

// --- Against other periods of the same kind -----------------------------------------------

interface Comparison {
  chart: Chart;
  /** How far the period is from the middle of the others, relative to it. */
  distance: number;
  line: number;
}

/**
 * Figures that have values for other periods of the same kind. Parts of a total shown on
 * the page are left to the breakdown. Earlier periods are shown where there are any; the
 * first period of its kind is shown with the later ones instead. Periods the change chart
 * already covers do not count as a comparison of their own.
 */
function comparisonCandidates(sources: ChartSources, figures: FigureIndex, period: Period, own: readonly ChartFigure[], covered: ReadonlySet<string>): Chart[] {
  if (!period.end || period.flags.includes("unknown-period")) return [];
  const present = new Set(own.map((f) => f.metric.id));
  const order = timeAxisOrder(sources.dataset);
  const candidates: (Omit<Comparison, "chart"> & { build: () => Chart })[] = [];
  for (const f of own) {
    if (f.metric.parent !== undefined && present.has(f.metric.parent)) continue;
    const ordered = figures
      .ofMetric(f.metric.id)
      .filter((o) => o.period.kind === period.kind && o.period.end !== undefined && !o.period.flags.includes("unknown-period"))
      .sort((a, b) => order(a.period, b.period));
    const index = ordered.findIndex((o) => o.period.id === period.id);
    const earlier = index > 0;
    // Earlier periods where there are any (the nearest ones), otherwise the first later ones.
    const shown = earlier ? ordered.slice(Math.max(0, index + 1 - MAX_PEERS), index + 1) : ordered.slice(0, MAX_PEERS);
    const others = shown.filter((o) => o !== f);
    if (others.every((o) => covered.has(o.period.id))) continue;
    const middle = median(others, (o) => o.value)!;
    candidates.push({
      build: () => comparisonChart(sources, f, shown, earlier),
      distance: middle === 0 ? Infinity : Math.abs(f.value - middle) / middle,
      line: f.observation.line,
    });
  }
  // Only the charts that make the page are drawn.
  return candidates
    .sort((a, b) => b.distance - a.distance || a.line - b.line)
    .slice(0, MAX_COMPARISONS)
    .map((c) => c.build());
}

function comparisonChart(sources: ChartSources, own: ChartFigure, shown: readonly ChartFigure[], earlier: boolean): Chart {
  const { period, metric } = own;
  const others = shown.filter((o) => o !== own);
  const scope = `${earlier ? "earlier" : "later"} ${KIND_PLURAL[period.kind]}`;
  const neighbour = earlier ? shown[shown.indexOf(own) - 1]! : shown[1]!;
  const difference = own.value - neighbour.value;
  const percent = percentChange(own.value, neighbour.value);
  const versus =
    difference === 0
      ? `the same as in ${neighbour.period.label}`
      : `${describeDifference(difference)} than in ${neighbour.period.label}${percent === undefined ? "" : `, ${describeChange(percent)}`}`;
  const below = others.filter((o) => o.value < own.value).length;
  const above = others.filter((o) => o.value > own.value).length;
  const n = formatNumber(others.length);
  const rank =
    others.length === 1
      ? undefined
      : below === others.length
        ? `more than in ${others.length === 2 ? "both" : `any of the ${n}`} ${scope}`
        : above === others.length
          ? `fewer than in ${others.length === 2 ? "both" : `any of the ${n}`} ${scope}`
          : `more than in ${formatNumber(below)} of the ${n} ${scope}`;
  const rows = shown.map((o) => row(sources, o, o.period.label));
  const title = `${metric.label}: ${period.label} and the ${scope}`;
  return {
    id: `${period.id}-compare-${metric.id}`,
    title,
    finding: `${period.label}: ${formatFigure(own.value, metric)} ${unitOf(own, own.value)}, ${rank ? `${rank}; ` : ""}${versus}.`,
    notes: statusNotes(shown),
    label: `Bar chart: ${title}`,
    columns: ["Period", capitalise(own.unit.other)],
    rows,
    csv: figureCsv(rows, shown.map((o) => ({ period: o.period.id, metric: metric.id }))),
    plot: periodComparison(shown.map((o, i) => ({ ...rows[i]!, current: o === own }))),
  };
}

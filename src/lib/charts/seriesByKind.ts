import * as Plot from "@observablehq/plot";
import { group, max, min, nice } from "d3-array";
import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { CHART_WIDTH, FONT_SIZE, textWidth } from "./layout.ts";
import type { GapReason, SeriesGap } from "./seriesGaps.ts";
import { COLOURS, FLAGGED_DASH, STROKE_WIDTH, fillOf, hatchPatterns, type Tone } from "./statusStyle.ts";
import { svgElement } from "./svgElement.ts";
import type { PointStatus } from "./types.ts";

export interface SeriesPoint {
  label: string;
  /** First and last day the value covers, YYYY-MM-DD. */
  start: string;
  end: string;
  value: number;
  display: string;
  status: PointStatus;
  /** The bar's tooltip and accessible text (SVG <title>). */
  title: string;
  /** The period the chart is about: drawn strong, the others quieter, and its value printed. */
  current?: boolean;
}

/** A point as a bar on the time axis: from x1 to x2, from zero to its value. */
export type TimeBar<P extends SeriesPoint = SeriesPoint> = P & { x1: Date; x2: Date; zero: 0 };

/** Days the series has no figure for, with the band's tooltip (SVG <title>). */
export interface GapBand extends SeriesGap {
  title: string;
}

export interface SeriesOptions {
  /** The axis' name for the values. */
  unit: string;
  /** Short month names, January first, for the time axis. */
  months: readonly string[];
  gaps?: readonly GapBand[];
  /** What each kind of gap is, written once in the chart's top corner (m.charts.gaps). */
  gapKey?: Record<GapReason, string>;
  /** How the current bar's value is named, e.g. "27,328 (this page)". */
  currentLabel?: (display: string) => string;
}

export const DAY = 24 * 60 * 60 * 1000;
const HEIGHT = 250;
const MARGIN_TOP = 28;
// Room for two-line time ticks ("Oct" over "2023").
const MARGIN_BOTTOM = 46;
// Room for half a centred tick label ("2023") at the right end of the time axis.
const MARGIN_RIGHT = 24;
const VALUE_FONT_SIZE = 12;
// Pixels the current value takes at the top of the plot, its leader ending under it.
const CURRENT_LABEL_HEIGHT = 19;
const KEY_FONT_SIZE = 12;
/** How each kind of gap is drawn; the page keys (src/styles/report.css, .chart-swatch-gap-*) match. */
const GAP_LOOK: Record<GapReason, { fill: string; stroke?: string; strokeWidth?: number; strokeDasharray?: string }> = {
  "no-bulletin": { fill: COLOURS.gap },
  "no-figure": { fill: "none", stroke: COLOURS.context, strokeWidth: 1, strokeDasharray: "2,3" },
};
const KEY_LINE = 16;
const SWATCH = 11;

/** A day (YYYY-MM-DD) as a time on the axis: its midnight, UTC. */
export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Labels for the ticks of a time axis in the edition's month names, laid out as Plot lays
 * out its own: years alone when every tick is a 1 January; otherwise the month, with the
 * year under it at the first tick and wherever the year changes; days as the day of the
 * month, with the month under it likewise.
 */
// Plot calls an axis's tickFormat with the ticks as a third argument, which its typings leave out.
export function timeTicks(months: readonly string[]): (date: Date, i: number, ticks: readonly Date[]) => string {
  return (date, i, ticks) => {
    const month = (d: Date) => months[d.getUTCMonth()]!;
    const year = (d: Date) => String(d.getUTCFullYear());
    if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return year(date);
    const [first, second] = ticks.every((t) => t.getUTCDate() === 1) ? [month, year] : [(d: Date) => String(d.getUTCDate()), month];
    const previous = ticks[i - 1];
    return previous !== undefined && second(previous) === second(date) ? first(date) : `${first(date)}\n${second(date)}`;
  };
}

/** The bars of a series on a time axis; periods covering the same days share their span side by side. */
export function timeBars<P extends SeriesPoint>(points: readonly P[]): TimeBar<P>[] {
  return [...group(points, (p) => `${p.start}|${p.end}`).values()].flatMap((same) =>
    same.map((p, i) => {
      const from = day(p.start);
      const length = day(p.end) + DAY - from;
      return { ...p, x1: new Date(from + (length * i) / same.length), x2: new Date(from + (length * (i + 1)) / same.length), zero: 0 as const };
    }),
  );
}

/**
 * The bars of a time series, as every chart draws them: filled by status (computed ones
 * hatched), flagged ones outlined with a dash, each with its <title>; in the main colour,
 * or in the `tone` each bar is given.
 */
export function timeBarMarks(bars: readonly TimeBar[], inset: number, tone?: (bar: TimeBar) => Tone): Plot.Markish[] {
  const mark = (subset: readonly TimeBar[], dashed: boolean) =>
    Plot.rect(subset, {
      x1: "x1",
      x2: "x2",
      y1: "zero",
      y2: "value",
      inset,
      fill: (d: TimeBar) => fillOf(d.status, tone?.(d) ?? "bar"),
      stroke: tone ? (d: TimeBar) => COLOURS[tone(d)] : COLOURS.bar,
      strokeWidth: STROKE_WIDTH,
      strokeDasharray: dashed ? FLAGGED_DASH : undefined,
      title: "title",
      className: "chart-value",
    });
  return [mark(bars.filter((b) => b.status !== "flagged"), false), mark(bars.filter((b) => b.status === "flagged"), true)];
}

/**
 * Bands behind the bars over the days a series has no figure for, each with its <title>:
 * shaded where the sources hold no period there, outlined with dots where they hold the
 * period but not this figure.
 */
export function gapBands(gaps: readonly GapBand[], top: number): Plot.Markish {
  const bands = gaps.map((g) => ({ ...g, x1: new Date(day(g.start)), x2: new Date(day(g.end) + DAY), y1: 0, y2: top }));
  return (["no-bulletin", "no-figure"] as const).map((reason) =>
    Plot.rect(bands.filter((b) => b.reason === reason), { x1: "x1", x2: "x2", y1: "y1", y2: "y2", ...GAP_LOOK[reason], title: "title", className: "chart-gap" }),
  );
}

/**
 * The key to the shading, written once in the top right corner of the chart: a swatch and
 * its words, a line for each kind of gap. Drawn in the SVG's own pixels, outside the scales.
 */
export function gapKeyMark(lines: readonly { reason: GapReason; text: string }[]): Plot.RenderFunction {
  return (_index, _scales, _values, dimensions, context) => {
    const element = (name: string, attributes: Record<string, string | number>) => svgElement(context.document, name, attributes);
    const key = element("g", { class: "chart-gap-key", "font-size": KEY_FONT_SIZE });
    const right = dimensions.width - dimensions.marginRight;
    lines.forEach(({ reason, text: line }, i) => {
      const top = 3 + i * KEY_LINE;
      const look = GAP_LOOK[reason];
      key.append(element("rect", { x: right - SWATCH, y: top, width: SWATCH, height: SWATCH, fill: look.fill, stroke: COLOURS.context, "stroke-width": look.strokeWidth ?? 0.5, ...(look.strokeDasharray ? { "stroke-dasharray": look.strokeDasharray } : {}) }));
      const text = element("text", { x: right - SWATCH - 5, y: top + SWATCH - 1, "text-anchor": "end", fill: "currentColor" });
      text.textContent = line;
      key.append(text);
    });
    return key;
  };
}

/**
 * One figure over time for periods of ONE kind (months, or six-month totals, or years):
 * each bar spans the days its period covers on a true time axis. Periods covering the same
 * days (a label used twice at the source) share their span side by side. Days with no
 * figure (`gaps`) are shaded, and what the shading means is written once, in the top
 * corner. With a `current` point, the chart is about that period: the others are drawn
 * quieter and its value is named. Callers draw each kind in a chart of its own, since a
 * month and a cumulative total are not comparable.
 */
export function seriesByKind(points: readonly SeriesPoint[], options: SeriesOptions, m: Pick<Messages, "locale">): Plot.PlotOptions {
  const { unit, months, gaps = [], gapKey, currentLabel } = options;
  const bars = timeBars(points);
  const longest = max(points, (p) => day(p.end) + DAY - day(p.start)) ?? DAY;
  const first = min(points, (p) => day(p.start)) ?? 0;
  const last = max(points, (p) => day(p.end) + DAY) ?? DAY;
  // Padding of half a period each side, a whole one when a single bar would fill the axis.
  const pad = points.length > 1 ? longest / 2 : longest;
  const domain: [Date, Date] = [new Date(first - pad), new Date(last + pad)];

  const top = max(points, (p) => p.value) ?? 0;
  const yTop = nice(0, (top || 1) * 1.12, 4)[1];
  const marginLeft = Math.ceil(textWidth(formatNumber(yTop, m)) + 14);
  const innerWidth = CHART_WIDTH - marginLeft - MARGIN_RIGHT;
  const pixels = (b: (typeof bars)[number]) => (innerWidth * (b.x2.getTime() - b.x1.getTime())) / (domain[1].getTime() - domain[0].getTime());
  // Values are printed on the bars only where every bar is wide enough to carry its own.
  const focused = bars.some((b) => b.current);
  const shownValue = (b: (typeof bars)[number]) => (b.current && currentLabel ? currentLabel(b.display) : b.display);
  const labelled = bars.every((b) => pixels(b) >= textWidth(shownValue(b), VALUE_FONT_SIZE) + 4);
  const reasons = gapKey ? (["no-bulletin", "no-figure"] as const).filter((r) => gaps.some((g) => g.reason === r)) : [];
  const marginTop = MARGIN_TOP + Math.max(0, reasons.length - 1) * KEY_LINE;

  const middle = (b: (typeof bars)[number]) => new Date((b.x1.getTime() + b.x2.getTime()) / 2);
  const current = bars.filter((b) => b.current);
  // The current value, when not every bar carries its own, is written at the top of the
  // chart above its bar, anchored towards the middle so that it never runs off the edge,
  // with a dotted leader down to the bar.
  const labelBottom = yTop * (1 - CURRENT_LABEL_HEIGHT / (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM));
  const currentValue = (side: "start" | "end") =>
    Plot.text(
      current.filter((b) => (middle(b).getTime() > (domain[0].getTime() + domain[1].getTime()) / 2) === (side === "end")),
      { x: side === "end" ? "x2" : "x1", y: yTop, text: shownValue, textAnchor: side, dy: 2, lineAnchor: "top", fontSize: VALUE_FONT_SIZE, fontWeight: "bold", fontVariant: "tabular-nums", fill: "currentColor", stroke: COLOURS.paper, strokeWidth: 4, paintOrder: "stroke" },
    );
  const leader = Plot.ruleX(
    current.filter((b) => b.value < labelBottom),
    { x: middle, y1: "value", y2: labelBottom, stroke: "currentColor", strokeDasharray: "1,2", strokeWidth: 1 },
  );
  return {
    width: CHART_WIDTH,
    height: HEIGHT + marginTop - MARGIN_TOP,
    marginTop,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { type: "utc", domain, ticks: 5, label: null, tickFormat: timeTicks(months) as (d: Date, i: number) => string },
    y: { domain: [0, yTop], ticks: 4, grid: true, tickFormat: (value: number) => formatNumber(value, m), label: unit },
    marks: [
      hatchPatterns,
      gaps.length > 0 ? gapBands(gaps, yTop) : null,
      ...timeBarMarks(bars, 1.5, focused ? (b) => (b.current ? "bar" : "context") : undefined),
      Plot.ruleY([0]),
      labelled
        ? [
            Plot.text(bars.filter((b) => !b.current), { x: middle, y: "value", text: "display", dy: -6, lineAnchor: "bottom", fontSize: VALUE_FONT_SIZE, fontVariant: "tabular-nums" }),
            focused ? Plot.text(current, { x: middle, y: "value", text: shownValue, dy: -6, lineAnchor: "bottom", fontSize: VALUE_FONT_SIZE, fontWeight: "bold", fontVariant: "tabular-nums" }) : null,
          ]
        : focused
          ? [leader, currentValue("start"), currentValue("end")]
          : null,
      reasons.length > 0 ? gapKeyMark(reasons.map((reason) => ({ reason, text: gapKey![reason] }))) : null,
    ],
  };
}

/** What seriesByKindPlot makes a chart of: seriesByKind's arguments, the edition as its locale. */
export interface SeriesInputs {
  points: readonly SeriesPoint[];
  options: SeriesOptions;
  locale: Messages["locale"];
}

/** seriesByKind from plain data (src/lib/charts/plotSpec.ts). */
export function seriesByKindPlot({ points, options, locale }: SeriesInputs): Plot.PlotOptions {
  return seriesByKind(points, options, { locale });
}

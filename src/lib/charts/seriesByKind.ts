import * as Plot from "@observablehq/plot";
import { group, max, min, nice } from "d3-array";
import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { CHART_WIDTH, FONT_SIZE, textWidth } from "./layout.ts";
import { COLOURS, FLAGGED_DASH, STROKE_WIDTH, fillOf, hatchPatterns } from "./statusStyle.ts";
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
}

const DAY = 24 * 60 * 60 * 1000;
const HEIGHT = 250;
const MARGIN_TOP = 28;
// Room for two-line time ticks ("Oct" over "2023").
const MARGIN_BOTTOM = 46;
// Room for half a centred tick label ("2023") at the right end of the time axis.
const MARGIN_RIGHT = 24;
const VALUE_FONT_SIZE = 12;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

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

/**
 * One figure over time for periods of ONE kind (months, or six-month totals, or years):
 * each bar spans the days its period covers on a true time axis, so months without a
 * figure show as gaps. Periods covering the same days (a label used twice at the source)
 * share their span side by side. Callers draw each kind in a chart of its own, since a
 * month and a cumulative total are not comparable.
 */
export function seriesByKind(points: readonly SeriesPoint[], unit: string, months: readonly string[], m: Pick<Messages, "locale">): Plot.PlotOptions {
  const bars = [...group(points, (p) => `${p.start}|${p.end}`).values()].flatMap((same) =>
    same.map((p, i) => {
      const from = day(p.start);
      const length = day(p.end) + DAY - from;
      return { ...p, x1: new Date(from + (length * i) / same.length), x2: new Date(from + (length * (i + 1)) / same.length), zero: 0 };
    }),
  );
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
  const labelled = bars.every((b) => pixels(b) >= textWidth(b.display, VALUE_FONT_SIZE) + 4);

  const bar = (subset: typeof bars, dashed: boolean) =>
    Plot.rect(subset, {
      x1: "x1",
      x2: "x2",
      y1: "zero",
      y2: "value",
      inset: 1.5,
      fill: (d: (typeof bars)[number]) => fillOf(d.status, "bar"),
      stroke: COLOURS.bar,
      strokeWidth: STROKE_WIDTH,
      strokeDasharray: dashed ? FLAGGED_DASH : undefined,
      title: "title",
      className: "chart-value",
    });

  return {
    width: CHART_WIDTH,
    height: HEIGHT,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { type: "utc", domain, ticks: 5, label: null, tickFormat: timeTicks(months) as (d: Date, i: number) => string },
    y: { domain: [0, yTop], ticks: 4, grid: true, tickFormat: (value: number) => formatNumber(value, m), label: unit },
    marks: [
      hatchPatterns,
      bar(bars.filter((b) => b.status !== "flagged"), false),
      bar(bars.filter((b) => b.status === "flagged"), true),
      Plot.ruleY([0]),
      labelled
        ? Plot.text(bars, { x: (b: (typeof bars)[number]) => new Date((b.x1.getTime() + b.x2.getTime()) / 2), y: "value", text: "display", dy: -6, lineAnchor: "bottom", fontSize: VALUE_FONT_SIZE, fontVariant: "tabular-nums" })
        : null,
    ],
  };
}

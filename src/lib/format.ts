/**
 * Every rule for writing a number, date or unit for readers lives here, so that a table,
 * a caption and a sentence can never disagree about how a figure looks.
 */
import type { Metric, Period, Unit } from "./dataset/types.ts";
import type { Messages } from "./i18n/messages.ts";

const LOCALE = "en-GB";
const MINUS = "\u2212";

// Intl formatters are costly to create and a build formats hundreds of thousands of numbers.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format;
}

/** 827352 -> "827,352"; 92.78 -> "92.78". Decimals are kept exactly as published. */
export function formatNumber(value: number): string {
  const decimals = (String(value).split(".")[1] ?? "").length;
  return `${value < 0 ? MINUS : ""}${numberFormat(decimals).format(Math.abs(value))}`;
}

/** A signed percent change: "+10%", "−0.5%". */
export function formatChange(value: number): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value)}%`;
}

/** The figure as a reader sees it in a table cell, following the metric's unit and kind. */
export function formatFigure(value: number, metric: Metric): string {
  if (metric.claim === "change") return formatChange(value);
  if (metric.unit === "percent") return `${formatNumber(value)}%`;
  return formatNumber(value);
}

/** "persons", "1 person": the unit word that goes with `value`; empty for percentages. */
export function unitWord(value: number, unit: Unit): string {
  if (unit.id === "percent") return "";
  return value === 1 ? unit.one : unit.other;
}

/** "2024-07-01" -> "1 July 2024". */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The span a period covers, in words: "1 January – 30 June 2024"; "not stated" when unknown. */
export function formatPeriodSpan(period: Pick<Period, "start" | "end">, m: Messages): string {
  if (!period.start || !period.end) return m.terms.spanNotStated;
  if (period.start === period.end) return formatDate(period.start);
  const [startYear] = period.start.split("-");
  const [endYear] = period.end.split("-");
  const start = new Date(`${period.start}T00:00:00Z`).toLocaleDateString(LOCALE, {
    day: "numeric",
    month: "long",
    ...(startYear === endYear ? {} : { year: "numeric" }),
    timeZone: "UTC",
  });
  return `${start} – ${formatDate(period.end)}`;
}

/** Computed percentages (changes, shares) are shown to one decimal place. */
const COMPUTED_DECIMALS = 1;

/** Halves round away from zero, so that a fall and a rise of the same size read the same. */
function roundComputed(value: number): number {
  const factor = 10 ** COMPUTED_DECIMALS;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** A computed share: "18.2%". */
export function formatShare(percent: number): string {
  return `${roundComputed(percent).toFixed(COMPUTED_DECIMALS)}%`;
}

/** A computed percent change in words: "up 10.7%", "down 2.2%", "unchanged". */
export function describeChange(percent: number, m: Messages): string {
  const rounded = roundComputed(percent);
  if (rounded === 0) return m.terms.change.unchanged;
  const value = `${Math.abs(rounded).toFixed(COMPUTED_DECIMALS)}%`;
  return rounded > 0 ? m.terms.change.up(value) : m.terms.change.down(value);
}

/** A computed difference of two counts in words: "80,245 more", "2,345 fewer". */
export function describeDifference(difference: number, m: Messages): string {
  if (difference === 0) return m.terms.difference.same;
  const value = formatNumber(Math.abs(difference));
  return difference > 0 ? m.terms.difference.more(value) : m.terms.difference.fewer(value);
}


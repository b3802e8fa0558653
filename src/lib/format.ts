/**
 * Every rule for writing a number, date or unit for readers lives here, so that a table,
 * a caption and a sentence can never disagree about how a figure looks.
 */
import type { Metric, OmissionReason, Period, Unit } from "./dataset/types.ts";
import type { NumberFormat } from "./numbers.ts";

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
export function formatPeriodSpan(period: Period): string {
  if (!period.start || !period.end) return "not stated by the source";
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

export const PERIOD_KIND_LABELS: Record<Period["kind"], string> = {
  month: "Month",
  "half-year": "Six months (cumulative)",
  "nine-months": "Nine months (cumulative)",
  year: "Full year",
  snapshot: "Snapshot on one day",
  unknown: "Period not stated",
};

/** How a run of periods of one kind is counted in a sentence: "9 of 10 months". */
export const PERIOD_KIND_PLURALS: Record<Period["kind"], string> = {
  month: "months",
  "half-year": "six-month periods",
  "nine-months": "nine-month periods",
  year: "full years",
  snapshot: "snapshots",
  unknown: "undated blocks",
};

export const PERIOD_FLAG_LABELS: Record<Period["flags"][number], string> = {
  "duplicate-label": "label used twice at the source",
  "unknown-period": "period not stated",
  derived: "computed by this report",
};

/** "Statistical bulletins, line 29". */
export function formatCitation(documentShort: string, line: number): string {
  return `${documentShort}, line ${line}`;
}

export const NUMBER_FORMAT_LABELS: Record<NumberFormat, string> = {
  "grouped-any": "both “,” and “.” separate thousands (“747.107” is 747,107); no decimals",
  "comma-grouped": "“,” separates thousands, “.” marks decimals",
  "dot-grouped": "“.” separates thousands (“41.801” is 41,801); no decimals",
};

export const OMISSION_REASON_LABELS: Record<OmissionReason, string> = {
  "period-label": "part of a period's name",
  date: "date",
  "legal-reference": "number of a law, decree or article",
  "legal-rule": "deadline set by law",
  "phone-number": "phone number",
  "service-hours": "opening hours",
  name: "part of a name",
  descriptive: "descriptive detail",
  footer: "page footer",
};

/** Computed percentages (changes, shares) are shown to one decimal place. */
const COMPUTED_DECIMALS = 1;

function roundComputed(value: number): number {
  const factor = 10 ** COMPUTED_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** A computed share: "18.2%". */
export function formatShare(percent: number): string {
  return `${roundComputed(percent).toFixed(COMPUTED_DECIMALS)}%`;
}

/** A computed percent change in words: "up 10.7%", "down 2.2%", "unchanged". */
export function describeChange(percent: number): string {
  const rounded = roundComputed(percent);
  if (rounded === 0) return "unchanged";
  return `${rounded > 0 ? "up" : "down"} ${Math.abs(rounded).toFixed(COMPUTED_DECIMALS)}%`;
}

/** A computed difference of two counts in words: "80,245 more", "2,345 fewer". */
export function describeDifference(difference: number): string {
  if (difference === 0) return "the same number";
  return `${formatNumber(Math.abs(difference))} ${difference > 0 ? "more" : "fewer"}`;
}


/**
 * Every rule for writing a number, date or unit for readers lives here, so that a table,
 * a caption and a sentence can never disagree about how a figure looks.
 */
import type { Metric, Period, PeriodKind, Unit } from "./dataset/types.ts";
import type { Messages } from "./i18n/messages.ts";

const MINUS = "\u2212";

/** What the rules need of an edition: its locale (src/lib/i18n). */
type Edition = Pick<Messages, "locale">;

// Intl formatters are costly to create and a build formats hundreds of thousands of numbers and dates.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, decimals: number, style: "decimal" | "percent" = "decimal", sign: "auto" | "exceptZero" = "auto"): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${style}|${sign}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style, signDisplay: sign, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
/** A day in the edition's words: "day month year", "day month" or "month year" (UTC, as the dataset's dates are). */
function dateFormat(locale: string, parts: "day month year" | "day month" | "month year"): Intl.DateTimeFormat {
  const key = `${locale}|${parts}`;
  let format = dateFormatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", month: "long", ...(parts !== "month year" ? { day: "numeric" } : {}), ...(parts !== "day month" ? { year: "numeric" } : {}) };
    dateFormatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The decimals a published figure has, kept exactly as the source prints them. */
const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

/** One minus sign everywhere, whatever the locale's own. */
const withMinus = (text: string) => text.replace(/^[-\u2212]/, MINUS);

/** 827352 -> "827,352" (en), "827.352" (az), "827 352" (ru); 92.78 -> "92.78". */
export function formatNumber(value: number, m: Edition): string {
  return withMinus(numberFormat(m.locale, decimalsOf(value)).format(value));
}

/** A percent in the edition's style, with the decimals given: 46.2 -> "46.2%" (en), "46,2 %" (ru). */
export function formatPercent(percent: number, m: Edition, decimals = decimalsOf(percent), sign: "auto" | "exceptZero" = "auto"): string {
  return withMinus(numberFormat(m.locale, decimals, "percent", sign).format(percent / 100));
}

/** A signed percent change as the source states it: "+10%", "−0.5%". */
export function formatChange(value: number, m: Edition): string {
  return formatPercent(value, m, decimalsOf(value), "exceptZero");
}

/** Whether the metric's figures are percentages (a stated change, or a share in percent). */
export function isPercentFigure(metric: Pick<Metric, "unit" | "claim">): boolean {
  return metric.claim === "change" || metric.unit === "percent";
}

/** The figure as a reader sees it in a table cell, following the metric's unit and kind. */
export function formatFigure(value: number, metric: Metric, m: Edition): string {
  if (metric.claim === "change") return formatChange(value, m);
  if (isPercentFigure(metric)) return formatPercent(value, m);
  return formatNumber(value, m);
}

/** The unit's name as a heading or an axis says it: "calls" (ru "звонки", not the counting form "звонка"). */
export function unitLabel(unit: Unit): string {
  return unit.label ?? unit.other;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** "persons", "1 person" (ru: "1 заявка", "2 заявки", "5 заявок"): the unit word that goes with `value`; empty for percentages. */
export function unitWord(value: number, unit: Unit, m: Edition): string {
  if (unit.id === "percent") return "";
  let rules = pluralRules.get(m.locale);
  if (!rules) pluralRules.set(m.locale, (rules = new Intl.PluralRules(m.locale)));
  const form = rules.select(value);
  return unit.forms?.[form] ?? (form === "one" ? unit.one : unit.other);
}

/** "2024-07-01" -> "1 July 2024" (en), "1 iyul 2024" (az), "1 июля 2024 г." (ru). */
export function formatDate(iso: string, m: Edition): string {
  return dateFormat(m.locale, "day month year").format(utcDay(iso));
}

/** The span a period covers, in words: "1 January – 30 June 2024"; "not stated" when unknown. */
export function formatPeriodSpan(period: Pick<Period, "start" | "end">, m: Messages): string {
  if (!period.start || !period.end) return m.terms.spanNotStated;
  if (period.start === period.end) return formatDate(period.start, m);
  const [startYear] = period.start.split("-");
  const [endYear] = period.end.split("-");
  const start = dateFormat(m.locale, startYear === endYear ? "day month" : "day month year").format(utcDay(period.start));
  return `${start} – ${formatDate(period.end, m)}`;
}

const monthOf = (iso: string, m: Edition) => dateFormat(m.locale, "month year").format(utcDay(iso));

/**
 * Days from the start of one period of `kind` to the end of another, named as that kind
 * counts them: "October 2024", "September 2023 – January 2024" for months; "2022",
 * "2012–2019" for years; the days themselves otherwise.
 */
export function formatSpanOf(span: { start: string; end: string }, kind: PeriodKind, m: Messages): string {
  if (kind === "month") {
    const [first, last] = [monthOf(span.start, m), monthOf(span.end, m)];
    return first === last ? first : `${first} – ${last}`;
  }
  if (kind === "year") {
    const [first, last] = [span.start.slice(0, 4), span.end.slice(0, 4)];
    return first === last ? first : `${first}–${last}`;
  }
  return formatPeriodSpan(span, m);
}

/** Computed percentages (changes, shares) are shown to one decimal place. */
const COMPUTED_DECIMALS = 1;

/** Halves round away from zero, so that a fall and a rise of the same size read the same. */
function roundComputed(value: number): number {
  const factor = 10 ** COMPUTED_DECIMALS;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** A computed share: "18.2%". */
export function formatShare(percent: number, m: Edition): string {
  return formatPercent(roundComputed(percent), m, COMPUTED_DECIMALS);
}

/** A computed percent change in words: "up 10.7%", "down 2.2%", "unchanged". */
export function describeChange(percent: number, m: Messages): string {
  const rounded = roundComputed(percent);
  if (rounded === 0) return m.terms.change.unchanged;
  const value = formatPercent(Math.abs(rounded), m, COMPUTED_DECIMALS);
  return rounded > 0 ? m.terms.change.up(value) : m.terms.change.down(value);
}

/** A computed difference of two counts in words: "80,245 more", "2,345 fewer". */
export function describeDifference(difference: number, m: Messages): string {
  if (difference === 0) return m.terms.difference.same;
  const value = formatNumber(Math.abs(difference), m);
  return difference > 0 ? m.terms.difference.more(value) : m.terms.difference.fewer(value);
}


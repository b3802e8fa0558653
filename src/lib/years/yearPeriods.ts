import type { Dataset, Period } from "../dataset/types.ts";
import { companions, timeline } from "../periods/timeline.ts";

/** The periods that make up one calendar year of the report, by kind. */
export interface YearPeriods {
  /** "2024". */
  year: string;
  /** Every page period of the year, in timeline order. */
  periods: Period[];
  /** Single months, published or computed by this report, in time order. */
  months: Period[];
  /** Six- and nine-month running totals (and any other span shorter than the year). */
  cumulative: Period[];
  /** The whole year as the SMS published it; absent when it published no full-year total. */
  fullYear?: Period;
  /** Periods printed only on the pages of the above: comparison periods and snapshots. */
  companions: Period[];
}

/** The calendar year a period belongs to: the year of its last day (as on the time axis). */
export function yearOf(period: Period): string | undefined {
  return period.end?.slice(0, 4);
}

/**
 * The years the report covers, newest first: the years in which its page periods end.
 * Comparison periods and snapshots belong to the year of the page that prints them, and
 * the undated block belongs to no year.
 */
export function yearsCovered(dataset: Pick<Dataset, "periods">): string[] {
  const years = new Set(timeline(dataset).map((p) => yearOf(p)!));
  return [...years].sort((a, b) => b.localeCompare(a));
}

/** The periods of `year`, grouped by kind; empty groups when the report has nothing for it. */
export function yearPeriods(dataset: Pick<Dataset, "periods">, year: string): YearPeriods {
  const periods = timeline(dataset).filter((p) => yearOf(p) === year);
  return {
    year,
    periods,
    months: periods.filter((p) => p.kind === "month"),
    cumulative: periods.filter((p) => p.kind !== "month" && p.kind !== "year"),
    fullYear: periods.find((p) => p.kind === "year"),
    companions: periods.flatMap((p) => companions(dataset, p)),
  };
}

/**
 * How much of the year the single months cover: the calendar months with a month of their
 * own ("2024-02"), and of those the ones only this report computes. Two bulletins for the
 * same month count once.
 */
export function monthCoverage(year: YearPeriods): { months: string[]; computed: string[]; missing: number } {
  const monthOf = (p: Period) => p.start!.slice(0, 7);
  const months = [...new Set(year.months.map(monthOf))].sort();
  const published = new Set(year.months.filter((p) => !p.flags.includes("derived")).map(monthOf));
  return { months, computed: months.filter((m) => !published.has(m)), missing: 12 - months.length };
}

/** Whether the SMS published a total for the whole year; otherwise the report has none either. */
export function isComplete(year: YearPeriods): boolean {
  return year.fullYear !== undefined;
}

/** The day up to which the year's periods reach, YYYY-MM-DD. */
export function lastDayCovered(year: YearPeriods): string | undefined {
  return year.periods.map((p) => p.end!).sort().at(-1);
}

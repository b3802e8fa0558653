import type { Period } from "../dataset/types.ts";
import type { Messages } from "../i18n/messages.ts";
import { formatDate, formatNumber, formatPeriodSpan } from "../format.ts";
import { listOf } from "../charts/wording.ts";
import { isComplete, lastDayCovered, monthCoverage, type YearPeriods } from "./yearPeriods.ts";

/** One line of "what the report has for this year": a kind of period and its periods. */
export interface CoverageEntry {
  term: string;
  periods: Period[];
  note: string;
}

export interface YearCoverage {
  complete: boolean;
  /** The days the year's periods span, in words: "1 January – 30 November 2024". */
  span: string;
  /** For a year without a published total: why the page shows no figure for the whole year. */
  warning?: { title: string; body: string };
  entries: CoverageEntry[];
}

/**
 * What the report holds for a year, in words. A year the SMS published no total for is
 * said to be incomplete, with what it does have; no total is ever made up from its parts,
 * because the months leave gaps and the cumulative periods overlap them.
 */
export function describeYear(year: YearPeriods, m: Messages): YearCoverage {
  const w = m.notes.year;
  const months = monthCoverage(year);
  const labels = (periods: readonly Period[]) => listOf(periods.map((p) => p.label), m);
  const computed = year.months.filter((p) => p.flags.includes("derived"));
  const entries: CoverageEntry[] = [];
  entries.push(
    year.fullYear
      ? { term: w.fullYear, periods: [year.fullYear], note: w.fullYearPublished(year.year) }
      : { term: w.fullYear, periods: [], note: w.fullYearMissing(year.year) },
  );
  if (year.months.length > 0) {
    const note = w.monthsNote({ months: formatNumber(months.months.length, m), computed: computed.length > 0 ? labels(computed) : undefined, sameMonth: year.months.length > months.months.length });
    entries.push({ term: w.months, periods: year.months, note });
  }
  if (year.cumulative.length > 0) {
    entries.push({ term: w.cumulative, periods: year.cumulative, note: w.cumulativeNote });
  }
  if (year.companions.length > 0) {
    entries.push({ term: w.companions, periods: year.companions, note: w.companionsNote });
  }

  const starts = year.periods.map((p) => p.start!).sort();
  const span = formatPeriodSpan({ start: starts[0], end: lastDayCovered(year) }, m);
  if (isComplete(year)) return { complete: true, span, entries };

  const parts = [
    year.months.length > 0 ? w.monthsPart({ months: formatNumber(months.months.length, m), computed: computed.length > 0 ? labels(computed) : undefined }) : w.noMonth,
    ...(year.cumulative.length > 0
      ? [w.cumulativePart({ periods: listOf(year.cumulative.map((p) => p.label), m), one: year.cumulative.length === 1, withMonths: year.months.length > 0 })]
      : []),
    w.beyond(formatDate(lastDayCovered(year)!, m)),
  ];
  return {
    complete: false,
    span,
    entries,
    warning: { title: w.warningTitle(year.year), body: w.warningBody({ year: year.year, parts: listOf(parts, m) }) },
  };
}

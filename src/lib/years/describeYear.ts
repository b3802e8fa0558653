import type { Period } from "../dataset/types.ts";
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
export function describeYear(year: YearPeriods): YearCoverage {
  const months = monthCoverage(year);
  const labels = (periods: readonly Period[]) => listOf(periods.map((p) => p.label));
  const computed = year.months.filter((p) => p.flags.includes("derived"));
  const entries: CoverageEntry[] = [];
  entries.push(
    year.fullYear
      ? { term: "The full year", periods: [year.fullYear], note: `published by the SMS as one total for ${year.year}` }
      : { term: "The full year", periods: [], note: `not published: the SMS gave no total for ${year.year} as a whole` },
  );
  if (year.months.length > 0) {
    const sameMonth = year.months.length > months.months.length ? "; more than one bulletin carries the same month" : "";
    const derived = computed.length > 0 ? `; ${labels(computed)} computed by this report, not published` : "";
    entries.push({ term: "Single months", periods: year.months, note: `${formatNumber(months.months.length)} of the 12 months${derived}${sameMonth}` });
  }
  if (year.cumulative.length > 0) {
    entries.push({ term: "Cumulative periods", periods: year.cumulative, note: "running totals that overlap the single months; never added to them" });
  }
  if (year.companions.length > 0) {
    entries.push({ term: "Printed with them", periods: year.companions, note: "comparison figures and snapshots the same documents print" });
  }

  const starts = year.periods.map((p) => p.start!).sort();
  const span = formatPeriodSpan({ ...year.periods[0]!, start: starts[0], end: lastDayCovered(year) });
  if (isComplete(year)) return { complete: true, span, entries };

  const parts = [
    year.months.length > 0
      ? `single months cover ${formatNumber(months.months.length)} of the 12 months${computed.length > 0 ? ` (${labels(computed)} computed by this report)` : ""}`
      : "no single month is published",
    ...(year.cumulative.length > 0 ? [cumulativePart(year)] : []),
    `nothing reaches beyond ${formatDate(lastDayCovered(year)!)}`,
  ];
  return {
    complete: false,
    span,
    entries,
    warning: {
      title: `${year.year} is incomplete: there is no figure for the whole year`,
      body: `The SMS published no total for ${year.year} as a whole, and this report does not add one up: ${listOf(parts)}. Every figure on this page is for the period its column or label names.`,
    },
  };
}

function cumulativePart(year: YearPeriods): string {
  const one = year.cumulative.length === 1;
  const verb = year.months.length > 0 ? (one ? "overlaps them" : "overlap them") : one ? "covers only part of the year" : "cover only part of the year";
  return `the cumulative ${one ? "period" : "periods"} ${listOf(year.cumulative.map((p) => p.label))} ${verb}`;
}

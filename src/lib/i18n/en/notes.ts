import { plural } from "./plural.ts";

/**
 * The words of what a reader must know about the figures: quality notes (computed at every
 * build), the notices at the top of a period page, and what a year page has for its year.
 * Every number comes in formatted; counts come with the number itself where the wording
 * depends on it.
 */
export const notes = {
  quality: {
    gapTitle: (p: { metric: string; gap: string; missing: boolean }) => `${p.metric}: ${p.gap} ${p.missing ? "not itemised in the source" : "more in the parts than in the total"}`,
    gapBody: (p: { total: string; parts: string; partCount: number; itemised: string; missing: boolean }) =>
      `The source gives a total of ${p.total}, but the ${p.parts} ${plural(p.partCount, "part", "parts")} it lists ${plural(p.partCount, "comes", "add up")} to ${p.itemised}. ${
        p.missing ? "The difference is shown as not itemised; the source does not say what it covers." : "The parts exceed the total; the source does not explain why."
      }`,
    claimTitle: (p: { metric: string; stated: string; recomputed: string }) => `${p.metric}: the source states ${p.stated}, its own figures give ${p.recomputed}`,
    claimBody: (p: { period: string; vs: string; stated: string; recomputed: string }) =>
      `Recomputed from the figures the source prints for ${p.period} and ${p.vs}, the change is ${p.recomputed}, which does not round to the ${p.stated} it states. The table shows the stated value as printed.`,
    /** Labels after the first word come lower-cased where the sentence needs it. */
    basisTitle: (p: { metric: string; stated: string; basis: string }) => `${p.metric}: the stated ${p.stated} fits ${p.basis}, not this figure`,
    basisBody: (p: { period: string; vs: string; stated: string; bases: string }) =>
      `The source states ${p.stated} for ${p.period} against ${p.vs} without saying what it was computed from. Recomputed from each figure it prints for both periods: ${p.bases}. The table shows the stated value as printed.`,
    basis: (p: { metric: string; recomputed: string; agrees: boolean }) => `${p.metric}, ${p.recomputed} (${p.agrees ? "rounds to the stated figure" : "does not round to it"})`,
    breachTitle: (p: { metric: string; bound: string }) => `${p.metric} exceeds ${p.bound}`,
    breachBody: (p: { metric: string; value: string; period: string; bound: string; boundValue: string; boundPeriod: string; reason: string }) =>
      `The source gives ${p.value} for ${p.metric} in ${p.period}, more than the ${p.boundValue} it gives for ${p.bound} in ${p.boundPeriod}, though ${p.reason}. One of the two figures must be wrong; the source does not say which, and both are shown as printed.`,
    excessTitle: (metric: string) => `${metric}: the running total is smaller than its months`,
    excessBody: (p: { total: string; period: string; months: string; monthsSum: string }) =>
      `The source gives ${p.total} for ${p.period}, but the months it published inside that period (${p.months}) already add up to ${p.monthsSum}. A running total cannot be smaller than its parts, so either the total or a monthly figure is wrong; the source does not say which, and both are shown as printed.`,
    twinTitle: (twin: string) => `Same label as ${twin}, different figures`,
    twinBody: (p: { compared: string; comparedCount: number; differing: string; differingCount: number; largest: string }) =>
      `Both bulletins close with the same period label. Of the ${p.compared} ${plural(p.comparedCount, "figure", "figures")} they share, ${p.differing} ${plural(p.differingCount, "differs", "differ")}, by up to ${p.largest}. One of the two labels must be wrong; the source does not say which, so both are published and neither is used in comparisons with other months.`,
    unknownTitle: "Period not stated",
    unknownBody: (figures: string, count: number) => `The ${figures} ${plural(count, "figure", "figures")} of this block ${plural(count, "comes", "come")} with no period. They are published as printed and left out of every comparison and time series.`,
  },
  notices: {
    duplicateTitle: (label: string) => `The label “${label}” is ambiguous at the source`,
    duplicateBody: "Another bulletin in the same document carries the same label.",
    unknownTitle: "The source does not say which period these figures cover",
    unknownBody: "The figures are published as printed but kept off every time axis.",
    derivedTitle: "Computed by this report: no source gives these figures",
    derivedBody: "These figures follow from published ones; each row gives its formula.",
    cumulativeTitle: "A cumulative period",
    cumulativeBody: (totals: string) => `These figures add up everything from the first to the last day of the period. They compare with other ${totals} totals, not with single months.`,
  },
  year: {
    fullYear: "The full year",
    fullYearPublished: (year: string) => `published by the SMS as one total for ${year}`,
    fullYearMissing: (year: string) => `not among the sources: none of them gives a total for ${year} as a whole`,
    months: "Single months",
    monthsNote: (p: { months: string; computed?: string; sameMonth: boolean }) =>
      `${p.months} of the 12 months${p.computed ? `; ${p.computed} computed by this report, not among the sources` : ""}${p.sameMonth ? "; more than one bulletin carries the same month" : ""}`,
    cumulative: "Cumulative periods",
    cumulativeNote: "running totals that overlap the single months; never added to them",
    companions: "Printed with them",
    companionsNote: "comparison figures and snapshots the same documents print",
    monthsPart: (p: { months: string; computed?: string }) => `single months cover ${p.months} of the 12 months${p.computed ? ` (${p.computed} computed by this report)` : ""}`,
    noMonth: "no single month is among the sources",
    cumulativePart: (p: { periods: string; one: boolean; withMonths: boolean }) =>
      `the cumulative ${p.one ? "period" : "periods"} ${p.periods} ${p.withMonths ? (p.one ? "overlaps them" : "overlap them") : p.one ? "covers only part of the year" : "cover only part of the year"}`,
    beyond: (date: string) => `nothing reaches beyond ${date}`,
    warningTitle: (year: string) => `${year} is incomplete: there is no figure for the whole year`,
    warningBody: (p: { year: string; parts: string }) =>
      `None of the sources gives a total for ${p.year} as a whole, and this report does not add one up: ${p.parts}. Every figure on this page is for the period its column or label names.`,
    tables: {
      months: (year: string) => `The months of ${year}: figures`,
      cumulative: "Cumulative periods: figures",
      fullYear: (year: string) => `${year} as a whole: figures`,
      companion: (kind: string, label: string) => `${kind}: ${label}`,
    },
  },
};

import type { RevisionKind } from "../../dataset/types.ts";
import type { NumberFormat } from "../../numbers.ts";
import type { OmissionReason, PeriodFlag, PeriodKind } from "../../dataset/schema.ts";

/** Words for the kinds of things the dataset distinguishes, and for computed comparisons. */
export const terms = {
  kinds: {
    label: {
      month: "Month",
      "half-year": "Six months (cumulative)",
      "nine-months": "Nine months (cumulative)",
      year: "Full year",
      snapshot: "Snapshot on one day",
      unknown: "Period not stated",
    } satisfies Record<PeriodKind, string>,
    /** How a run of periods of one kind is counted in a sentence: "9 of 10 months". */
    counted: {
      month: "months",
      "half-year": "six-month periods",
      "nine-months": "nine-month periods",
      year: "full years",
      snapshot: "snapshots",
      unknown: "undated blocks",
    } satisfies Record<PeriodKind, string>,
    /** How a reader counts periods of one kind in a chart: "3 months", "2 six-month periods". */
    plural: {
      month: "months",
      "half-year": "six-month periods",
      "nine-months": "nine-month periods",
      year: "years",
      snapshot: "single days",
      unknown: "undated periods",
    } satisfies Record<PeriodKind, string>,
    /** A figure of one kind of period: "monthly figures". */
    singular: {
      month: "monthly",
      "half-year": "six-month",
      "nine-months": "nine-month",
      year: "yearly",
      snapshot: "single-day",
      unknown: "undated",
    } satisfies Record<PeriodKind, string>,
    /** The totals a cumulative period compares with: "other six-month totals". */
    cumulative: { "half-year": "six-month", "nine-months": "nine-month", year: "full-year" } as Partial<Record<PeriodKind, string>>,
  },
  flags: {
    "duplicate-label": "label used twice at the source",
    "unknown-period": "period not stated",
    derived: "computed by this report",
  } satisfies Record<PeriodFlag, string>,
  numberFormats: {
    "grouped-any": "both “,” and “.” separate thousands (“747.107” is 747,107); no decimals",
    "comma-grouped": "“,” separates thousands, “.” marks decimals",
    "dot-grouped": "“.” separates thousands (“41.801” is 41,801); no decimals",
  } satisfies Record<NumberFormat, string>,
  omissionReasons: {
    "period-label": "part of a period's name",
    date: "date",
    "legal-reference": "number of a law, decree or article",
    "legal-rule": "deadline set by law",
    "phone-number": "phone number",
    "service-hours": "opening hours",
    name: "part of a name",
    descriptive: "descriptive detail",
    footer: "page footer",
  } satisfies Record<OmissionReason, string>,
  spanNotStated: "not stated by the source",
  /** A computed percent change in words; the value comes formatted, without its sign. */
  /** What kind of change a revision is (revisions.csv `kind`). */
  revisionKinds: { correction: "correction of this report's error", revision: "revision by the source" } satisfies Record<RevisionKind, string>,
  change: { up: (value: string) => `up ${value}`, down: (value: string) => `down ${value}`, unchanged: "unchanged" },
  /** A computed difference of two counts in words; the value comes formatted, without its sign. */
  difference: { more: (value: string) => `${value} more`, fewer: (value: string) => `${value} fewer`, same: "the same number" },
  citation: (document: string, line: string) => `${document}, line ${line}`,
  /** The case endings a number in digits can take in a narrative (:fig[…]{case=…}); English numbers take none. */
  numberCases: [] as readonly string[],
  withCase: (shown: string, _value: number, _case: string, _percent: boolean) => shown,
};

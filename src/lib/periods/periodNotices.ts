import type { Dataset, Period } from "../dataset/types.ts";

export interface PeriodNotice {
  kind: "warning" | "info";
  title: string;
  body: string;
  /** Periods the notice points to, such as the other bulletin with the same label. */
  related: Period[];
}

const CUMULATIVE: Partial<Record<Period["kind"], string>> = {
  "half-year": "six-month",
  "nine-months": "nine-month",
  year: "full-year",
};

/** What a reader must know before using this period's figures, most serious first. */
export function periodNotices(dataset: Pick<Dataset, "periods">, period: Period): PeriodNotice[] {
  const notices: PeriodNotice[] = [];
  if (period.flags.includes("duplicate-label")) {
    notices.push({
      kind: "warning",
      title: `The label “${period.sourceLabel}” is ambiguous at the source`,
      body: period.note ?? "Another bulletin in the same document carries the same label.",
      related: dataset.periods.filter((p) => p !== period && p.sourceLabel === period.sourceLabel),
    });
  }
  if (period.flags.includes("unknown-period")) {
    notices.push({
      kind: "warning",
      title: "The source does not say which period these figures cover",
      body: period.note ?? "The figures are published as printed but kept off every time axis.",
      related: [],
    });
  }
  if (period.flags.includes("derived")) {
    notices.push({
      kind: "warning",
      title: "Computed by this report, not published by the SMS",
      body: period.note ?? "These figures follow from published ones; each row gives its formula.",
      related: [],
    });
  }
  const cumulative = CUMULATIVE[period.kind];
  if (cumulative) {
    notices.push({
      kind: "info",
      title: "A cumulative period",
      body: `These figures add up everything from the first to the last day of the period. They compare with other ${cumulative} totals, not with single months.`,
      related: [],
    });
  }
  return notices;
}

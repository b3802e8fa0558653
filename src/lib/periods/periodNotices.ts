import type { Dataset, Period } from "../dataset/types.ts";
import type { Messages } from "../i18n/messages.ts";

export interface PeriodNotice {
  kind: "warning" | "info";
  title: string;
  body: string;
  /** Periods the notice points to, such as the other bulletin with the same label. */
  related: Period[];
}

/** What a reader must know before using this period's figures, most serious first. */
export function periodNotices(dataset: Pick<Dataset, "periods">, period: Period, m: Messages): PeriodNotice[] {
  const w = m.notes.notices;
  const notices: PeriodNotice[] = [];
  if (period.flags.includes("duplicate-label")) {
    notices.push({
      kind: "warning",
      title: w.duplicateTitle(period.sourceLabel),
      body: period.note ?? w.duplicateBody,
      related: dataset.periods.filter((p) => p !== period && p.sourceLabel === period.sourceLabel),
    });
  }
  if (period.flags.includes("unknown-period")) {
    notices.push({
      kind: "warning",
      title: w.unknownTitle,
      body: period.note ?? w.unknownBody,
      related: [],
    });
  }
  if (period.flags.includes("derived")) {
    notices.push({
      kind: "warning",
      title: w.derivedTitle,
      body: period.note ?? w.derivedBody,
      related: [],
    });
  }
  const cumulative = m.terms.kinds.cumulative[period.kind];
  if (cumulative) {
    notices.push({
      kind: "info",
      title: w.cumulativeTitle,
      body: w.cumulativeBody(cumulative),
      related: [],
    });
  }
  return notices;
}

import type { Dataset, Period, Revision } from "../dataset/types.ts";

/** Each figure's revisions, oldest first, by "period|metric". */
export function revisionIndex(dataset: Pick<Dataset, "revisions">): Map<string, Revision[]> {
  const index = new Map<string, Revision[]>();
  for (const r of dataset.revisions) index.set(`${r.period}|${r.metric}`, [...(index.get(`${r.period}|${r.metric}`) ?? []), r]);
  for (const list of index.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return index;
}

/**
 * The latest day the figures of `periods` (of `metric` alone, when given) changed in this
 * report: the day the latest of them was first published, or a later revision of one of
 * their figures. YYYY-MM-DD.
 */
export function lastChange(dataset: Pick<Dataset, "revisions">, periods: readonly Period[], metric?: string): string {
  const ids = new Set(periods.map((p) => p.id));
  const revised = dataset.revisions.filter((r) => ids.has(r.period) && (metric === undefined || r.metric === metric));
  const dates = [...periods.map((p) => p.published), ...revised.map((r) => r.date)];
  return dates.reduce((a, b) => (b > a ? b : a), "");
}

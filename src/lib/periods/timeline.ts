import type { Dataset, Period } from "../dataset/types.ts";
import { memoised } from "../memo.ts";

/** Periods that have a page of their own (companions and institutional facts are shown elsewhere). */
export function pagePeriods(dataset: Pick<Dataset, "periods">): Period[] {
  return dataset.periods.filter((p) => p.companionOf === undefined && !p.institutional);
}

export function isOnTimeline(period: Period): boolean {
  return period.end !== undefined && !period.flags.includes("unknown-period");
}

/**
 * Page periods in reading order along the time axis. A period sits at the day it ends, so
 * a cumulative period (six or nine months, a year) follows the months it contains; among
 * periods ending the same day the shorter comes first, then file order (which keeps the two
 * "August 2023" bulletins in the order the source prints them).
 */
export function timeline(dataset: Pick<Dataset, "periods">): readonly Period[] {
  return timelineOf(dataset.periods).line;
}

const timelineOf = memoised((periods: Dataset["periods"]) => {
  const line = pagePeriods({ periods }).filter(isOnTimeline).sort(timeAxisOrder({ periods }));
  const place = new Map<string, number>();
  line.forEach((p, i) => place.has(p.id) || place.set(p.id, i));
  return { line, place };
});

/** The comparator behind the time axis, for any dated periods (companions and derived ones too). */
export function timeAxisOrder(dataset: Pick<Dataset, "periods">): (a: Period, b: Period) => number {
  const fileOrder = fileOrderOf(dataset.periods);
  return (a, b) => a.end!.localeCompare(b.end!) || b.start!.localeCompare(a.start!) || fileOrder.get(a.id)! - fileOrder.get(b.id)!;
}

const fileOrderOf = memoised((periods: Dataset["periods"]) => new Map(periods.map((p, i) => [p.id, i])));

export interface Neighbours {
  previous?: Period;
  next?: Period;
}

export function neighbours(dataset: Pick<Dataset, "periods">, id: string): Neighbours {
  const { line, place } = timelineOf(dataset.periods);
  const index = place.get(id);
  if (index === undefined) return {};
  return { previous: line[index - 1], next: line[index + 1] };
}

export function latestPeriod(dataset: Pick<Dataset, "periods">): Period | undefined {
  return timeline(dataset).at(-1);
}

/** Periods that are shown on `period`'s page, such as comparison figures and snapshots. */
export function companions(dataset: Pick<Dataset, "periods">, period: Period): readonly Period[] {
  return companionsOf(dataset.periods).get(period.id) ?? [];
}

const companionsOf = memoised((periods: Dataset["periods"]) => Map.groupBy(periods.filter((p) => p.companionOf !== undefined), (p) => p.companionOf!));

/** The nearest bulletin of the same kind before or after `period` on the time axis `line`, computed periods left out; none for a period off the axis. */
export function nearestBulletin(line: readonly Period[], period: Period, direction: "previous" | "next"): Period | undefined {
  const index = line.indexOf(period);
  // A period off the axis (undated) has no neighbours on it.
  if (index === -1) return undefined;
  const step = direction === "previous" ? -1 : 1;
  for (let i = index + step; i >= 0 && i < line.length; i += step) {
    const p = line[i]!;
    if (p.kind === period.kind && p.derivedFrom === undefined) return p;
  }
  return undefined;
}

import type { Dataset, Period } from "../dataset/types.ts";
import { memoised } from "../memo.ts";
import { timeline } from "./timeline.ts";

export interface ReleaseContext {
  /** Periods of the same kind on the time axis, oldest first, and this one's place among them. */
  position: number;
  of: number;
  /** The newest period of the same kind, when it is not this one. */
  newer?: Period;
}

/** Where a period sits among the published periods of its kind, as statistics offices show it. */
export function releaseContext(dataset: Pick<Dataset, "periods">, period: Period): ReleaseContext | undefined {
  const { byKind, place } = kindsOf(dataset.periods);
  const sameKind = byKind.get(period.kind) ?? [];
  const index = place.get(period);
  if (index === undefined) return undefined;
  const newest = sameKind.at(-1)!;
  return { position: index + 1, of: sameKind.length, newer: newest === period ? undefined : newest };
}

/** The time axis by kind of period, and each period's place on its kind's. */
const kindsOf = memoised((periods: Dataset["periods"]) => {
  const byKind = Map.groupBy(timeline({ periods }), (p) => p.kind);
  const place = new Map<Period, number>();
  for (const line of byKind.values()) line.forEach((p, i) => place.set(p, i));
  return { byKind, place };
});

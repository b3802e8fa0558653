import type { Dataset, Period } from "../dataset/types.ts";
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
  const sameKind = timeline(dataset).filter((p) => p.kind === period.kind);
  const index = sameKind.indexOf(period);
  if (index < 0) return undefined;
  const newest = sameKind.at(-1)!;
  return { position: index + 1, of: sameKind.length, newer: newest === period ? undefined : newest };
}

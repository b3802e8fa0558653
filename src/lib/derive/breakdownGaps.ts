import { sum } from "d3-array";
import type { Dataset } from "../dataset/types.ts";
import { indexObservations } from "./observationIndex.ts";

export interface BreakdownGap {
  period: string;
  /** The total whose parts were checked. */
  parent: string;
  total: number;
  /** The parts the source gives for that total in that period. */
  parts: string[];
  itemised: number;
  /** total − itemised: positive where part of the total is not itemised, negative where the parts exceed it. */
  gap: number;
}

/**
 * For every period and every total that comes with parts in the same period, compares the
 * total with the sum of its parts. Only mismatches are returned.
 */
export function breakdownGaps(dataset: Pick<Dataset, "metrics" | "observations">): BreakdownGap[] {
  const index = indexObservations(dataset.observations);
  const periods = [...new Set(dataset.observations.map((o) => o.period))];
  const gaps: BreakdownGap[] = [];
  for (const parent of dataset.metrics) {
    const children = dataset.metrics.filter((m) => m.parent === parent.id);
    if (children.length === 0) continue;
    for (const period of periods) {
      const total = index.get(period, parent.id);
      const parts = children.map((c) => index.get(period, c.id)).filter((o) => o !== undefined);
      if (!total || parts.length === 0) continue;
      const itemised = sum(parts, (o) => o.value);
      if (itemised === total.value) continue;
      gaps.push({ period, parent: parent.id, total: total.value, parts: parts.map((o) => o.metric), itemised, gap: total.value - itemised });
    }
  }
  return gaps;
}

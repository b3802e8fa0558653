import { sum } from "d3-array";
import type { Dataset, Period } from "../dataset/types.ts";
import { indexObservations } from "./observationIndex.ts";

export interface CumulativeExcess {
  /** The running total, e.g. January–June 2024. */
  period: string;
  metric: string;
  total: number;
  /** The published months inside it that carry the metric, and what they add up to. */
  months: string[];
  monthsSum: number;
}

const CUMULATIVE: Period["kind"][] = ["half-year", "nine-months", "year"];

/**
 * A running total can never be smaller than the months it contains. Finds every cumulative
 * period whose figure is below the sum of the published months inside it (months with an
 * ambiguous label or computed by this report are left out: they prove nothing).
 */
export function cumulativeExcesses(dataset: Pick<Dataset, "periods" | "observations">): CumulativeExcess[] {
  const index = indexObservations(dataset.observations);
  const months = dataset.periods.filter((p) => p.kind === "month" && p.start && p.end && p.flags.length === 0);
  const found: CumulativeExcess[] = [];
  for (const total of dataset.periods.filter((p) => CUMULATIVE.includes(p.kind) && p.start && p.end && p.flags.length === 0)) {
    const inside = months.filter((m) => m.start! >= total.start! && m.end! <= total.end!);
    for (const o of dataset.observations.filter((o) => o.period === total.id)) {
      const parts = inside.map((m) => index.get(m.id, o.metric)).filter((x) => x !== undefined);
      const monthsSum = sum(parts, (x) => x.value);
      if (parts.length > 0 && monthsSum > o.value) found.push({ period: total.id, metric: o.metric, total: o.value, months: parts.map((x) => x.period), monthsSum });
    }
  }
  return found;
}

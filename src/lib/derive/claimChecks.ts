import type { Dataset } from "../dataset/types.ts";
import { indexObservations } from "./observationIndex.ts";
import { percentChange } from "./percentChange.ts";

export interface ClaimCheck {
  period: string;
  /** The metric of the stated change, and the metric it describes. */
  claim: string;
  metric: string;
  vs: string;
  stated: number;
  recomputed: number;
  /** Whether the stated figure is the recomputed one rounded to the precision it is stated at. */
  agrees: boolean;
}

/** Whether `recomputed`, rounded half away from zero to the decimals of `raw`, is `stated`. */
function roundsTo(recomputed: number, stated: number, raw: string): boolean {
  const factor = 10 ** (raw.split(".")[1] ?? "").length;
  return (Math.sign(recomputed) * Math.round(Math.abs(recomputed) * factor)) / factor === stated;
}

/**
 * Recomputes every percent change the source states, wherever the source also gives both
 * figures it compares, and says whether the stated percent is the recomputed one rounded.
 */
export function claimChecks(dataset: Pick<Dataset, "metrics" | "observations">): ClaimCheck[] {
  const index = indexObservations(dataset.observations);
  const claims = new Map(dataset.metrics.filter((m) => m.claim === "change").map((m) => [m.id, m.claimOf!]));
  return dataset.observations.flatMap((o) => {
    const metric = claims.get(o.metric);
    if (!metric || !o.vs) return [];
    const after = index.get(o.period, metric);
    const before = index.get(o.vs, metric);
    if (!after || !before) return [];
    const recomputed = percentChange(after.value, before.value);
    if (recomputed === undefined) return [];
    return [{ period: o.period, claim: o.metric, metric, vs: o.vs, stated: o.value, recomputed, agrees: roundsTo(recomputed, o.value, o.raw) }];
  });
}

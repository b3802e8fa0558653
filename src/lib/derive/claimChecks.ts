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
  /** Whether the stated figure is the recomputed one, on any basis, rounded to the precision it is stated at. */
  agrees: boolean;
  /** The change recomputed on each basis the source offers, `metric` first, and whether it rounds to the stated figure. */
  bases: { metric: string; recomputed: number; agrees: boolean }[];
}

/** Whether `recomputed`, rounded half away from zero to the decimals of `raw`, is `stated`. */
function roundsTo(recomputed: number, stated: number, raw: string): boolean {
  const factor = 10 ** (raw.split(".")[1] ?? "").length;
  return (Math.sign(recomputed) * Math.round(Math.abs(recomputed) * factor)) / factor === stated;
}

/**
 * Recomputes every percent change the source states, wherever the source also gives both
 * figures it compares, on every basis it offers (persons and cases, say), and says which
 * of them, if any, rounds to the stated percent.
 */
export function claimChecks(dataset: Pick<Dataset, "metrics" | "observations">): ClaimCheck[] {
  const index = indexObservations(dataset.observations);
  const claims = new Map(dataset.metrics.filter((m) => m.claim === "change").map((m) => [m.id, [m.claimOf!, ...(m.claimAlsoOf ?? [])]]));
  return dataset.observations.flatMap((o) => {
    const [metric, ...others] = claims.get(o.metric) ?? [];
    if (!metric || !o.vs) return [];
    const vs = o.vs;
    const recompute = (id: string) => {
      const after = index.get(o.period, id);
      const before = index.get(vs, id);
      const recomputed = after && before ? percentChange(after.value, before.value) : undefined;
      return recomputed === undefined ? [] : [{ metric: id, recomputed, agrees: roundsTo(recomputed, o.value, o.raw) }];
    };
    const [primary, ...rest] = [metric, ...others].flatMap(recompute);
    if (!primary || primary.metric !== metric) return [];
    const bases = [primary, ...rest];
    return [{ period: o.period, claim: o.metric, metric, vs, stated: o.value, recomputed: primary.recomputed, agrees: bases.some((b) => b.agrees), bases }];
  });
}

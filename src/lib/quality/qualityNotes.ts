import type { Dataset } from "../dataset/types.ts";
import type { BreakdownGap } from "../derive/breakdownGaps.ts";
import { claimChecks, type ClaimCheck } from "../derive/claimChecks.ts";
import { cumulativeExcesses, type CumulativeExcess } from "../derive/cumulativeChecks.ts";
import { relationChecks, type RelationBreach } from "../derive/relationChecks.ts";
import { indexObservations } from "../derive/observationIndex.ts";

export interface TwinDifference {
  metric: string;
  value: number;
  twinValue: number;
}

/** A computed fact about the quality of the published figures, attached to one period. */
export type QualityNote =
  | { kind: "breakdown-gap"; period: string; gap: BreakdownGap }
  | { kind: "claim-mismatch"; period: string; check: ClaimCheck }
  | { kind: "claim-basis"; period: string; check: ClaimCheck }
  | { kind: "relation-breach"; period: string; breach: RelationBreach }
  | { kind: "cumulative-excess"; period: string; excess: CumulativeExcess }
  | { kind: "duplicate-label"; period: string; twin: string; compared: number; differences: TwinDifference[] }
  | { kind: "unknown-period"; period: string; figures: number };

/**
 * Every quality note of the dataset, in the order of the periods they concern; `gaps` are
 * the dataset's breakdown gaps (src/lib/derive/breakdownGaps.ts), worked out by the caller.
 */
export function findQualityNotes(dataset: Pick<Dataset, "periods" | "metrics" | "relations" | "observations">, gaps: readonly BreakdownGap[]): QualityNote[] {
  const index = indexObservations(dataset.observations);
  const notes: QualityNote[] = [];
  for (const period of dataset.periods) {
    if (period.flags.includes("unknown-period") && !period.institutional)
      notes.push({ kind: "unknown-period", period: period.id, figures: dataset.observations.filter((o) => o.period === period.id).length });
    if (period.flags.includes("duplicate-label")) {
      for (const twin of dataset.periods.filter((p) => p !== period && p.sourceLabel === period.sourceLabel)) {
        const shared = dataset.observations.filter((o) => o.period === period.id && index.get(twin.id, o.metric));
        const differences = shared
          .map((o) => ({ metric: o.metric, value: o.value, twinValue: index.get(twin.id, o.metric)!.value }))
          .filter((d) => d.value !== d.twinValue);
        // Twins that agree on every figure they share have no conflict to note (the page's
        // notice still says the label is used twice).
        if (differences.length > 0) notes.push({ kind: "duplicate-label", period: period.id, twin: twin.id, compared: shared.length, differences });
      }
    }
  }
  for (const gap of gaps) notes.push({ kind: "breakdown-gap", period: gap.period, gap });
  for (const check of claimChecks(dataset)) {
    if (!check.agrees) notes.push({ kind: "claim-mismatch", period: check.period, check });
    else if (!check.bases[0]!.agrees) notes.push({ kind: "claim-basis", period: check.period, check });
  }
  for (const breach of relationChecks(dataset)) notes.push({ kind: "relation-breach", period: breach.period, breach });
  for (const excess of cumulativeExcesses(dataset)) notes.push({ kind: "cumulative-excess", period: excess.period, excess });
  const order = new Map(dataset.periods.map((p, i) => [p.id, i]));
  return notes.sort((a, b) => order.get(a.period)! - order.get(b.period)!);
}

import type { Dataset, Period } from "../dataset/types.ts";
import { indexObservations } from "./observationIndex.ts";

/** A figure that exceeds what a relation of metrics.yaml allows it. */
export interface RelationBreach {
  period: string;
  metric: string;
  value: number;
  /** The bounding figure, and the period it is counted in. */
  bound: string;
  boundPeriod: string;
  boundValue: number;
  reason: string;
}

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Checks every relation the sources imply (metrics.yaml, `relations`) for every period that
 * has both figures: the bound in the same period, or in the snapshot taken on the day after
 * the period ends. Returns each figure that breaks its relation; the figures stay as printed.
 */
export function relationChecks(dataset: Pick<Dataset, "periods" | "relations" | "observations">): RelationBreach[] {
  const index = indexObservations(dataset.observations);
  const snapshotOn = new Map(dataset.periods.filter((p) => p.kind === "snapshot").map((p) => [p.start!, p]));
  const boundPeriod = (period: Period, when: "same-period" | "day-after") => (when === "same-period" ? period : period.end ? snapshotOn.get(dayAfter(period.end)) : undefined);
  return dataset.relations.flatMap((relation) =>
    dataset.periods.flatMap((period) => {
      const figure = index.get(period.id, relation.metric);
      const where = figure && boundPeriod(period, relation.when);
      const bound = where && index.get(where.id, relation.atMost);
      if (!figure || !where || !bound || figure.value <= bound.value) return [];
      return [{ period: period.id, metric: relation.metric, value: figure.value, bound: relation.atMost, boundPeriod: where.id, boundValue: bound.value, reason: relation.reason }];
    }),
  );
}

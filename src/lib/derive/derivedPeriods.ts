import { sum } from "d3-array";
import type { Dataset, Observation } from "../dataset/types.ts";
import { indexObservations } from "./observationIndex.ts";

/** A figure computed by this report, with the formula and the published figures it uses. */
export interface DerivedObservation extends Observation {
  formula: string;
  inputs: Observation[];
}

/**
 * Figures of periods the SMS never published but that follow from ones it did, such as a
 * month obtained as a cumulative total minus the periods it is made of. Computed for every
 * metric that all the inputs carry; a metric missing from any input is left out, never guessed.
 */
export function derivedObservations(dataset: Pick<Dataset, "periods" | "metrics" | "observations">): DerivedObservation[] {
  const index = indexObservations(dataset.observations);
  const labels = new Map(dataset.periods.map((p) => [p.id, p.label]));
  const derived: DerivedObservation[] = [];
  for (const period of dataset.periods) {
    const recipe = period.derivedFrom;
    if (!recipe) continue;
    for (const metric of dataset.metrics) {
      if (metric.claim) continue;
      const total = index.get(recipe.total, metric.id);
      const minus = recipe.minus.map((id) => index.get(id, metric.id));
      if (!total || minus.some((o) => o === undefined)) continue;
      const parts = minus as Observation[];
      derived.push({
        period: period.id,
        metric: metric.id,
        value: total.value - sum(parts, (o) => o.value),
        raw: "",
        document: total.document,
        line: total.line,
        formula: `${labels.get(recipe.total)} − ${recipe.minus.map((id) => labels.get(id)).join(" − ")}`,
        inputs: [total, ...parts],
      });
    }
  }
  return derived;
}

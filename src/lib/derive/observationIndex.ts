import type { Observation } from "../dataset/types.ts";

/** Looks up one figure by period and metric. */
export interface ObservationIndex {
  get(period: string, metric: string): Observation | undefined;
}

export function indexObservations(observations: readonly Observation[]): ObservationIndex {
  const byKey = new Map(observations.map((o) => [`${o.period}|${o.metric}`, o]));
  return { get: (period, metric) => byKey.get(`${period}|${metric}`) };
}

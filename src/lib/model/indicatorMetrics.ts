import type { Dataset, Metric } from "../dataset/types.ts";

/**
 * Metrics that get a page of their own: those the source publishes for two or more
 * periods, any periods (an undated block or a comparison period counts). The source's
 * stated changes and shares are claims about other metrics, not series of their own.
 */
export function indicatorMetrics(dataset: Pick<Dataset, "metrics" | "observations">): Metric[] {
  const periods = new Map<string, Set<string>>();
  for (const o of dataset.observations) periods.set(o.metric, (periods.get(o.metric) ?? new Set()).add(o.period));
  return dataset.metrics.filter((m) => !m.claim && (periods.get(m.id)?.size ?? 0) >= 2);
}

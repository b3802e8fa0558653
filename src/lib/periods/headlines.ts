import type { Dataset, Observation, Period } from "../dataset/types.ts";
import { figuresByPeriod, metricsById } from "../dataset/byId.ts";
import { memoised } from "../memo.ts";

/**
 * The figures of `period` that best sum it up: the largest units of account of the period
 * (not parts of a total it also gives, nor stated claims), taken from the metrics the report
 * follows across the most periods, so a reader can compare them.
 */
export function headlineFigures(dataset: Dataset, period: Period, count = 4): Observation[] {
  const coverage = coverageOf(dataset.observations);
  const metrics = metricsById(dataset.metrics);
  const own = figuresByPeriod(dataset.observations).get(period.id) ?? [];
  const given = new Set(own.map((o) => o.metric));
  return own
    .filter((o) => {
      const m = metrics.get(o.metric)!;
      return m.claim === undefined && (m.parent === undefined || !given.has(m.parent));
    })
    .sort((a, b) => (coverage.get(b.metric) ?? 0) - (coverage.get(a.metric) ?? 0) || a.line - b.line)
    .slice(0, count);
}

// Asked for every period (its page, its card, its year): the counts are made once per dataset.
const coverageOf = memoised((observations: readonly Observation[]) => {
  const coverage = new Map<string, number>();
  for (const o of observations) coverage.set(o.metric, (coverage.get(o.metric) ?? 0) + 1);
  return coverage;
});

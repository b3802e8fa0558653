import type { Dataset, Observation, Period } from "../dataset/types.ts";

/**
 * The figures of `period` that best sum it up: the largest units of account of the period
 * (not parts of a total it also gives, nor stated claims), taken from the metrics the report
 * follows across the most periods, so a reader can compare them.
 */
export function headlineFigures(dataset: Dataset, period: Period, count = 4): Observation[] {
  const coverage = new Map<string, number>();
  for (const o of dataset.observations) coverage.set(o.metric, (coverage.get(o.metric) ?? 0) + 1);
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const own = dataset.observations.filter((o) => o.period === period.id);
  const given = new Set(own.map((o) => o.metric));
  return own
    .filter((o) => {
      const m = metrics.get(o.metric)!;
      return m.claim === undefined && (m.parent === undefined || !given.has(m.parent));
    })
    .sort((a, b) => (coverage.get(b.metric) ?? 0) - (coverage.get(a.metric) ?? 0) || a.line - b.line)
    .slice(0, count);
}

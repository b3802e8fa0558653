/** Percent change from `before` to `after`; undefined when there is no base to compare with. */
export function percentChange(after: number, before: number): number | undefined {
  if (before === 0) return undefined;
  return ((after - before) / before) * 100;
}

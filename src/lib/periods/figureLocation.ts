import type { Dataset } from "../dataset/types.ts";
import { figureRowId } from "../url.ts";

/**
 * Where a period's figure is shown: the page (the period itself, or the period it is a
 * companion of) and the id of its table row there. Mirrors how the period page lays out
 * companions: same-kind companions as extra columns, others in a section of their own.
 */
export function figureLocation(dataset: Pick<Dataset, "periods">, periodId: string, metric: string): { page: string; rowId: string } {
  const period = dataset.periods.find((p) => p.id === periodId);
  const host = period?.companionOf ? dataset.periods.find((p) => p.id === period.companionOf) : undefined;
  if (!period || !host) return { page: periodId, rowId: figureRowId("fig", metric) };
  return { page: host.id, rowId: figureRowId(host.kind === period.kind ? "fig" : period.id, metric) };
}

import type { Dataset, Period } from "../dataset/types.ts";
import { periodsById } from "../dataset/byId.ts";
import { figureRowId, paths } from "../url.ts";
import { memoised } from "../memo.ts";
import { companions } from "./timeline.ts";

/** A companion of the same kind is an extra column of the page's tables; any other gets a section. */
export function isShownAsColumn(host: Period, companion: Period): boolean {
  return host.kind === companion.kind;
}

/** How a period page lays out the companions that have figures: as columns, or in sections of their own. */
export function companionLayout(dataset: Pick<Dataset, "periods" | "observations">, host: Period): { columns: Period[]; sections: Period[] } {
  const withFigures = periodsWithFigures(dataset.observations);
  const shown = companions(dataset, host).filter((p) => withFigures.has(p.id));
  return { columns: shown.filter((p) => isShownAsColumn(host, p)), sections: shown.filter((p) => !isShownAsColumn(host, p)) };
}

const periodsWithFigures = memoised((observations: Dataset["observations"]) => new Set(observations.map((o) => o.period)));

/**
 * Where a period's figure is shown: the page (the period itself, or the period it is a
 * companion of) and the id of its table row there. Mirrors how the period page lays out
 * companions: same-kind companions as extra columns, others in a section of their own.
 */
export function figureLocation(dataset: Pick<Dataset, "periods">, periodId: string, metric: string): { page: string; rowId: string } {
  const byId = periodsById(dataset.periods);
  const period = byId.get(periodId);
  const host = period?.companionOf ? byId.get(period.companionOf) : undefined;
  if (!period || !host) return { page: periodId, rowId: figureRowId("fig", metric) };
  return { page: host.id, rowId: figureRowId(isShownAsColumn(host, period) ? "fig" : period.id, metric) };
}

/** The page that shows a period: its own, the page it is a companion of, or /about/ for the Service's profile. */
export function periodPagePath(period: Period): string {
  if (period.institutional) return paths.about();
  return paths.period(period.companionOf ?? period.id);
}

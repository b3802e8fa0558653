import type { Dataset } from "../dataset/types.ts";
import { periodsById } from "../dataset/byId.ts";
import { figureLocation } from "../periods/figureLocation.ts";
import { paths } from "../url.ts";

/** Root-relative link to the table row that shows a figure, on the page that shows it. */
export function figureHref(dataset: Pick<Dataset, "periods">, period: string, metric: string): string {
  if (periodsById(dataset.periods).get(period)?.institutional) return paths.about();
  const { page, rowId } = figureLocation(dataset, period, metric);
  return `${paths.period(page)}#${rowId}`;
}

import type { Dataset } from "../dataset/types.ts";
import { figureLocation } from "../periods/figureLocation.ts";
import { paths } from "../url.ts";

/** Root-relative link to the table row that shows a figure, on the page that shows it. */
export function figureHref(dataset: Pick<Dataset, "periods">, period: string, metric: string): string {
  if (dataset.periods.find((p) => p.id === period)?.institutional) return paths.about();
  const { page, rowId } = figureLocation(dataset, period, metric);
  return `${paths.period(page)}#${rowId}`;
}

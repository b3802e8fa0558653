import type { Dataset } from "../dataset/types.ts";
import { indicatorMetrics } from "../model/indicatorMetrics.ts";
import { pagePeriods } from "../periods/timeline.ts";
import { yearsCovered } from "../years/yearPeriods.ts";
import { paths } from "../url.ts";

/** Every HTML page of the site, as root-relative paths (the base is added by the caller). */
export function sitePages(dataset: Dataset): string[] {
  return [
    paths.home(),
    paths.periods(),
    ...pagePeriods(dataset).map((p) => paths.period(p.id)),
    paths.indicators(),
    ...indicatorMetrics(dataset).map((m) => paths.indicator(m.id)),
    paths.years(),
    ...yearsCovered(dataset).map((year) => paths.year(year)),
    paths.data(),
    paths.notes(),
    paths.sources(),
    paths.about(),
  ];
}

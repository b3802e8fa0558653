import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

/** Every HTML page of the site, as root-relative paths (the base is added by the caller). */
export function sitePages(model: Pick<SiteModel, "pagePeriods" | "indicators" | "years">): string[] {
  return [
    paths.home(),
    paths.periods(),
    ...model.pagePeriods.map((p) => paths.period(p.id)),
    paths.indicators(),
    ...model.indicators.map((m) => paths.indicator(m.id)),
    paths.years(),
    ...model.years.map(({ year }) => paths.year(year)),
    paths.data(),
    paths.notes(),
    paths.sources(),
    paths.about(),
    paths.search(),
  ];
}

import type { SiteModel } from "../model/siteModel.ts";
import { homeCard, indicatorCard, periodCard, yearCard, type PageCard } from "./cardSpecs.ts";

/** Headlines of the narratives, by period id and by year, for the cards that show them. */
export interface Headlines {
  periods: ReadonlyMap<string, string>;
  years: ReadonlyMap<string, string>;
}

/** The social card of every page that has one: home, each period, indicator and year. */
export function allCards(model: SiteModel, headlines: Headlines): PageCard[] {
  const { dataset, derived, m } = model;
  return [
    homeCard(dataset, m),
    ...model.pagePeriods.map((period) => periodCard(dataset, derived, period, m, headlines.periods.get(period.id))),
    ...model.indicators.map((metric) => indicatorCard(dataset, metric, m)),
    ...model.years.map(({ year, periods }) =>
      yearCard(dataset, year, periods.filter((p) => !p.flags.includes("derived")), m, headlines.years.get(year)),
    ),
  ];
}

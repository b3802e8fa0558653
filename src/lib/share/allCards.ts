import type { Dataset } from "../dataset/types.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { indicatorMetrics } from "../charts/indicators.ts";
import { pagePeriods } from "../periods/timeline.ts";
import { yearPeriods, yearsCovered } from "../years/yearPeriods.ts";
import { homeCard, indicatorCard, periodCard, yearCard, type PageCard } from "./cardSpecs.ts";

/** Headlines of the narratives, by period id and by year, for the cards that show them. */
export interface Headlines {
  periods: ReadonlyMap<string, string>;
  years: ReadonlyMap<string, string>;
}

/** The social card of every page that has one: home, each period, indicator and year. */
export function allCards(dataset: Dataset, derived: readonly DerivedObservation[], headlines: Headlines): PageCard[] {
  return [
    homeCard(dataset),
    ...pagePeriods(dataset).map((period) => periodCard(dataset, derived, period, headlines.periods.get(period.id))),
    ...indicatorMetrics(dataset).map((metric) => indicatorCard(dataset, metric)),
    ...yearsCovered(dataset).map((year) =>
      yearCard(dataset, year, yearPeriods(dataset, year).periods.filter((p) => !p.flags.includes("derived")), headlines.years.get(year)),
    ),
  ];
}

import type { Dataset, Metric, Period } from "../dataset/types.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { PERIOD_KIND_LABELS, formatFigure } from "../format.ts";
import { headlineFigures } from "../periods/headlines.ts";
import { latestPeriod, pagePeriods, timeline } from "../periods/timeline.ts";
import { paths } from "../url.ts";
import type { CardSpec } from "../cards/renderCard.ts";

export interface PageCard {
  /** The page the card belongs to, e.g. "/periods/2024-11/". */
  page: string;
  spec: CardSpec;
}

function figuresOf(dataset: Dataset, observations: { metric: string; value: number }[]) {
  const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;
  return observations.map((o) => ({ value: formatFigure(o.value, metric(o.metric)), label: metric(o.metric).label }));
}

export function periodCard(dataset: Dataset, derived: readonly DerivedObservation[], period: Period, headline?: string): PageCard {
  const figures = period.derivedFrom
    ? derived.filter((o) => o.period === period.id).slice(0, 3)
    : headlineFigures(dataset, period, 3);
  return {
    page: paths.period(period.id),
    spec: { kicker: `${PERIOD_KIND_LABELS[period.kind]} · ${period.label}`, title: headline ?? period.label, figures: figuresOf(dataset, figures) },
  };
}

export function indicatorCard(dataset: Dataset, metric: Metric): PageCard {
  const latest = timeline(dataset).reverse().find((p) => dataset.observations.some((o) => o.period === p.id && o.metric === metric.id));
  const series = dataset.observations.filter((o) => o.metric === metric.id);
  const last = latest ? series.find((o) => o.period === latest.id) : undefined;
  return {
    page: paths.indicator(metric.id),
    spec: {
      kicker: `Indicator · ${series.length} published figures`,
      title: metric.label,
      figures: last ? [{ value: formatFigure(last.value, metric), label: `in ${latest!.label}` }] : [],
    },
  };
}

export function yearCard(dataset: Dataset, year: string, periods: readonly Period[], headline?: string): PageCard {
  return {
    page: paths.year(year),
    spec: {
      kicker: `Annual summary · ${year}`,
      title: headline ?? `The year ${year} in the figures of the SMS`,
      figures: periods.length === 1 ? figuresOf(dataset, headlineFigures(dataset, periods[0]!, 3)) : [{ value: String(periods.length), label: `reporting periods published for ${year}` }],
    },
  };
}

export function homeCard(dataset: Dataset): PageCard {
  const latest = latestPeriod(dataset)!;
  return {
    page: "/home/",
    spec: {
      kicker: `${pagePeriods(dataset).length} reporting periods · latest: ${latest.label}`,
      title: "Azerbaijan's migration statistics, figure by figure",
      figures: figuresOf(dataset, headlineFigures(dataset, latest, 3)),
    },
  };
}

import type { Dataset, Metric, Period } from "../dataset/types.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { formatFigure, formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { headlineFigures } from "../periods/headlines.ts";
import { latestPeriod, pagePeriods, timeline } from "../periods/timeline.ts";
import { paths } from "../url.ts";
import type { CardSpec } from "../cards/renderCard.ts";

export interface PageCard {
  /** The page the card belongs to, e.g. "/periods/2024-11/". */
  page: string;
  spec: CardSpec;
}

function figuresOf(dataset: Dataset, observations: { metric: string; value: number }[], m: Messages) {
  const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;
  return observations.map((o) => ({ value: formatFigure(o.value, metric(o.metric), m), label: metric(o.metric).label }));
}

export function periodCard(dataset: Dataset, derived: readonly DerivedObservation[], period: Period, m: Messages, headline?: string): PageCard {
  const figures = period.derivedFrom
    ? derived.filter((o) => o.period === period.id).slice(0, 3)
    : headlineFigures(dataset, period, 3);
  return {
    page: paths.period(period.id),
    spec: { kicker: m.cards.period(m.terms.kinds.label[period.kind], period.label), title: headline ?? period.label, figures: figuresOf(dataset, figures, m), footer: m.cards.footer },
  };
}

export function indicatorCard(dataset: Dataset, metric: Metric, m: Messages): PageCard {
  const latest = timeline(dataset).toReversed().find((p) => dataset.observations.some((o) => o.period === p.id && o.metric === metric.id));
  const series = dataset.observations.filter((o) => o.metric === metric.id);
  const last = latest ? series.find((o) => o.period === latest.id) : undefined;
  return {
    page: paths.indicator(metric.id),
    spec: {
      kicker: m.cards.indicator(formatNumber(series.length, m)),
      title: metric.label,
      figures: last ? [{ value: formatFigure(last.value, metric, m), label: m.cards.latestIn(latest!.label) }] : [],
      footer: m.cards.footer,
    },
  };
}

export function yearCard(dataset: Dataset, year: string, periods: readonly Period[], m: Messages, headline?: string): PageCard {
  return {
    page: paths.year(year),
    spec: {
      kicker: m.cards.year(year),
      title: headline ?? m.cards.yearTitle(year),
      figures: periods.length === 1 ? figuresOf(dataset, headlineFigures(dataset, periods[0]!, 3), m) : [{ value: formatNumber(periods.length, m), label: m.cards.yearPeriods(year) }],
      footer: m.cards.footer,
    },
  };
}

export function homeCard(dataset: Dataset, m: Messages): PageCard {
  const latest = latestPeriod(dataset)!;
  return {
    page: "/home/",
    spec: {
      kicker: m.cards.home(formatNumber(pagePeriods(dataset).length, m), latest.label),
      title: m.cards.homeTitle,
      footer: m.cards.footer,
      figures: figuresOf(dataset, headlineFigures(dataset, latest, 3), m),
    },
  };
}

import { formatFigure, formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { headlineFigures } from "../periods/headlines.ts";
import { paths } from "../url.ts";

/** A figure shown large, with what it counts. */
export interface HeadlineCard {
  value: number;
  display: string;
  label: string;
}

export interface HomeView {
  figures: string;
  periods: string;
  first: string;
  latest: { label: string; href: string };
  cards: HeadlineCard[];
}

/** The headline figures of a period, as cards. */
export function headlineCards(model: SiteModel, period: Parameters<typeof headlineFigures>[1]): HeadlineCard[] {
  return headlineFigures(model.dataset, period).map((o) => {
    const metric = model.metrics.get(o.metric);
    return { value: o.value, display: formatFigure(o.value, metric, model.m), label: metric.label };
  });
}

export function homeView(model: SiteModel): HomeView {
  const latest = model.timeline.at(-1)!;
  return {
    figures: formatNumber(model.dataset.observations.length, model.m),
    periods: formatNumber(model.pagePeriods.length, model.m),
    first: model.timeline[0]!.label,
    latest: { label: latest.label, href: paths.period(latest.id) },
    cards: headlineCards(model, latest),
  };
}

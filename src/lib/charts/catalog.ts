import type { Period } from "../dataset/types.ts";
import { indicatorMetrics } from "../model/indicatorMetrics.ts";
import type { ChartSources } from "./figures.ts";
import { indicatorCharts } from "./indicators.ts";
import { periodCharts } from "./periodCharts.ts";
import type { Chart } from "./types.ts";

/** Every chart of the period and indicator pages, made once per build (in the site model). */
export interface ChartCatalog {
  all: readonly Chart[];
  /** Ids of the charts the site serves as download files. */
  ids: ReadonlySet<string>;
  ofPeriod(period: string): readonly Chart[];
  ofMetric(metric: string): readonly Chart[];
}

/** The catalog of `pages`' and indicators' charts; fails on two charts with one id. */
export function buildChartCatalog(sources: ChartSources, pages: readonly Period[]): ChartCatalog {
  const byPeriod = new Map(pages.map((period) => [period.id, periodCharts(sources, period)]));
  const byMetric = new Map(indicatorMetrics(sources.dataset).map((metric) => [metric.id, indicatorCharts(sources, metric)]));
  const all = [...byPeriod.values(), ...byMetric.values()].flat();
  const ids = new Set<string>();
  for (const chart of all) {
    if (ids.has(chart.id)) throw new Error(`two charts have the id "${chart.id}": make chart ids unique in src/lib/charts`);
    ids.add(chart.id);
  }
  return { all, ids, ofPeriod: (id) => byPeriod.get(id) ?? [], ofMetric: (id) => byMetric.get(id) ?? [] };
}

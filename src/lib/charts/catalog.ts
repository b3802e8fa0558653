import { pagePeriods } from "../periods/timeline.ts";
import type { ChartSources } from "./figures.ts";
import { indicatorCharts, indicatorMetrics } from "./indicators.ts";
import { periodCharts } from "./periodCharts.ts";
import type { Chart } from "./types.ts";

/** Every chart on the site, for the download files; fails on two charts with one id. */
export function allCharts(sources: ChartSources): Chart[] {
  const charts = [
    ...pagePeriods(sources.dataset).flatMap((period) => periodCharts(sources, period)),
    ...indicatorMetrics(sources.dataset).flatMap((metric) => indicatorCharts(sources, metric)),
  ];
  const seen = new Set<string>();
  for (const chart of charts) {
    if (seen.has(chart.id)) throw new Error(`two charts have the id "${chart.id}": make chart ids unique in src/lib/charts`);
    seen.add(chart.id);
  }
  return charts;
}

/** Static paths for the download endpoints: one per chart, the chart as props. */
export function chartPaths(sources: ChartSources): { params: { chart: string }; props: { chart: Chart } }[] {
  return allCharts(sources).map((chart) => ({ params: { chart: chart.id }, props: { chart } }));
}

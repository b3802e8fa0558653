import { pagePeriods } from "../periods/timeline.ts";
import type { ChartSources } from "./figures.ts";
import { indicatorCharts, indicatorMetrics } from "./indicators.ts";
import { periodCharts } from "./periodCharts.ts";
import type { Chart } from "./types.ts";

// The SVG and CSV endpoints and the year pages all ask for the catalog: make it once per dataset.
const catalogs = new WeakMap<object, { derived: readonly unknown[]; charts: Chart[] }>();

/** Every chart on the site, for the download files; fails on two charts with one id. */
export function allCharts(sources: ChartSources): Chart[] {
  const cached = catalogs.get(sources.dataset);
  if (cached && cached.derived === sources.derived) return cached.charts;
  const charts = buildCatalog(sources);
  catalogs.set(sources.dataset, { derived: sources.derived, charts });
  return charts;
}

function buildCatalog(sources: ChartSources): Chart[] {
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

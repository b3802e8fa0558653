import { formatNumber, unitLabel } from "../format.ts";
import { inTimeOrder, statusNotes, type ChartFigure, type ChartSources } from "../charts/figures.ts";
import type { ChartCatalog } from "../charts/catalog.ts";
import { makeChart } from "../charts/makeChart.ts";
import { seriesDownloadAndPlot, seriesRange, seriesRows } from "../charts/seriesCharts.ts";
import type { Chart } from "../charts/types.ts";
import { capitalise } from "../charts/wording.ts";
import { headlineFigures } from "../periods/headlines.ts";
import type { YearPeriods } from "./yearPeriods.ts";

/** How many of a year's bulletin figures get a month-by-month chart. */
const MONTHLY_METRICS = 6;

export interface YearChartGroup {
  /** Names the group in ids and tests: "months", "cumulative", "full-year". */
  id: "months" | "cumulative" | "full-year";
  heading: string;
  charts: Chart[];
}

/**
 * The charts of a year page. Months and cumulative periods are never drawn on one axis:
 * the months of the year stand side by side in charts of their own (computed months
 * hatched, as everywhere), and each cumulative or full-year period keeps the charts of its
 * own page. No chart adds periods up into a year.
 */
export function yearCharts(sources: ChartSources & { charts: ChartCatalog }, year: YearPeriods): YearChartGroup[] {
  const words = sources.m.charts.year;
  const groups: YearChartGroup[] = [
    { id: "months", heading: words.months(year.year), charts: monthCharts(sources, year) },
    { id: "cumulative", heading: words.cumulative, charts: year.cumulative.flatMap((p) => sources.charts.ofPeriod(p.id)) },
    { id: "full-year", heading: words.fullYear, charts: year.fullYear ? [...sources.charts.ofPeriod(year.fullYear.id)] : [] },
  ];
  return groups.filter((g) => g.charts.length > 0);
}

/**
 * One chart per main bulletin figure (the headline figures of the year's latest published
 * month), over the year's months on a true time axis, so that months without a figure show
 * as gaps. Needs figures for two different months at least: a single month, or two
 * bulletins for the same month, has nothing to set side by side over time.
 */
export function monthCharts(sources: ChartSources, year: YearPeriods): Chart[] {
  const figures = sources.figures;
  const published = year.months.filter((p) => !p.flags.includes("derived") && figures.ofPeriod(p.id).length > 0);
  const latest = published.at(-1);
  if (!latest) return [];
  return headlineFigures(sources.dataset, latest, MONTHLY_METRICS).flatMap((headline) => {
    const series = year.months.flatMap((p) => figures.get(p.id, headline.metric) ?? []);
    const months = new Set(series.map((f) => f.period.start));
    return months.size >= 2 ? [monthChart(sources, year, inTimeOrder(sources.dataset, series))] : [];
  });
}

function monthChart(sources: ChartSources, year: YearPeriods, series: readonly ChartFigure[]): Chart {
  const { m } = sources;
  const words = m.charts.year;
  const { metric, unit } = series[0]!;
  const rows = seriesRows(sources, series);
  const { range } = seriesRange(metric, series, m);
  const computed = series.filter((f) => f.status === "derived").length;
  return makeChart({
    id: `year-${year.year}-months-${metric.id}`,
    title: words.title({ metric: metric.label, year: year.year }),
    finding: words.finding({ months: formatNumber(series.length, sources.m), computed, computedCount: formatNumber(computed, sources.m), range }),
    notes: statusNotes(series, m.charts.statusNotes),
    label: m.charts.label.overTime,
    columns: [words.column, capitalise(unitLabel(unit), m.locale)],
    rows,
    ...seriesDownloadAndPlot(sources, series, rows),
  });
}

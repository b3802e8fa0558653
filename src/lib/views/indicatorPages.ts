import { sharedKeys, type ChartKey } from "./chartFigure.ts";
import type { Chart } from "../charts/types.ts";
import { indicatorReach, indicatorRows, indicatorSingles, type IndicatorRow } from "../charts/indicators.ts";
import type { Metric, MetricGroup } from "../dataset/types.ts";
import { formatNumber, unitLabel, unitWord } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

export interface IndicatorListView {
  description: string;
  topics: { group: MetricGroup; metrics: { label: string; href: string; reach: string }[] }[];
}

/** /indicators/: every indicator by topic, with how far its figures reach. */
export function indicatorListView(model: SiteModel): IndicatorListView {
  const w = model.m.pages.indicators;
  const reach = (metric: Metric) => {
    const r = indicatorReach(model, metric);
    const span = r.first && r.last && r.first !== r.last ? { first: r.first.label, last: r.last.label } : {};
    return w.reach({ periods: formatNumber(r.periods, model.m), ...span, undated: r.undated > 0 ? formatNumber(r.undated, model.m) : undefined });
  };
  return {
    description: w.description(formatNumber(model.indicators.length, model.m)),
    topics: model.dataset.groups
      .map((group) => ({ group, metrics: model.indicators.filter((m) => m.group === group.id).map((m) => ({ label: m.label, href: paths.indicator(m.id), reach: reach(m) })) }))
      .filter((topic) => topic.metrics.length > 0),
  };
}

/** A metric linked where it has an indicator page of its own. */
interface MetricLink {
  label: string;
  href?: string;
}

export interface IndicatorView {
  metric: Metric;
  description: string;
  group: string;
  unit: string;
  count: string;
  parent?: MetricLink;
  parts: MetricLink[];
  charts: readonly Chart[];
  /** The key lines every chart of the page shares, written once above them. */
  chartKeys: ChartKey[];
  /** Kinds of period with a single figure, shown as figures rather than one-bar charts. */
  singles: { kind: string; row: IndicatorRow; unitWord: string }[];
  rows: (IndicatorRow & { kind: string })[];
}

/** /indicators/<metric>/: the metric's charts by kind of period, and every figure. */
export function indicatorView(model: SiteModel, metric: Metric): IndicatorView {
  const rows = indicatorRows(model, metric);
  const indicators = new Set(model.indicators.map((m) => m.id));
  const link = (m: Metric): MetricLink => ({ label: m.label, href: indicators.has(m.id) ? paths.indicator(m.id) : undefined });
  const parent = metric.parent === undefined ? undefined : model.metrics.get(metric.parent);
  const charts = model.charts.ofMetric(metric.id);
  return {
    metric,
    description: model.m.pages.indicator.description(metric.label, formatNumber(rows.length, model.m)),
    group: model.groups.get(metric.group).label,
    unit: unitLabel(model.units.get(metric.unit)),
    count: model.m.pages.indicator.periods(formatNumber(rows.length, model.m)),
    parent: parent && link(parent),
    parts: model.indicators.filter((m) => m.parent === metric.id).map(link),
    charts,
    chartKeys: sharedKeys(charts),
    singles: indicatorSingles(model, metric).map(({ kind, row }) => ({ kind: model.m.terms.kinds.label[kind], row, unitWord: unitWord(row.figure.value, row.figure.unit, model.m) })),
    rows: rows.map((row) => ({ ...row, kind: model.m.terms.kinds.label[row.figure.period.kind] })),
  };
}

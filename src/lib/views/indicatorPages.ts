import type { Chart } from "../charts/types.ts";
import { indicatorReach, indicatorRows, type IndicatorRow } from "../charts/indicators.ts";
import type { Metric, MetricGroup } from "../dataset/types.ts";
import { PERIOD_KIND_LABELS, formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

export interface IndicatorListView {
  description: string;
  topics: { group: MetricGroup; metrics: { label: string; href: string; reach: string }[] }[];
}

/** /indicators/: every indicator by topic, with how far its figures reach. */
export function indicatorListView(model: SiteModel): IndicatorListView {
  const reach = (metric: Metric) => {
    const r = indicatorReach(model, metric);
    return `${formatNumber(r.periods)} periods${r.first && r.last && r.first !== r.last ? `, ${r.first.label} to ${r.last.label}` : ""}${r.undated > 0 ? `, plus ${formatNumber(r.undated)} undated` : ""}`;
  };
  return {
    description: `${formatNumber(model.indicators.length)} figures the State Migration Service of Azerbaijan published for more than one period, each followed over time.`,
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
  rows: (IndicatorRow & { kind: string })[];
}

/** /indicators/<metric>/: the metric's charts by kind of period, and every figure. */
export function indicatorView(model: SiteModel, metric: Metric): IndicatorView {
  const rows = indicatorRows(model, metric);
  const indicators = new Set(model.indicators.map((m) => m.id));
  const link = (m: Metric): MetricLink => ({ label: m.label, href: indicators.has(m.id) ? paths.indicator(m.id) : undefined });
  const parent = metric.parent === undefined ? undefined : model.metrics.get(metric.parent);
  return {
    metric,
    description: `${metric.label}: figures for ${formatNumber(rows.length)} periods from the State Migration Service of Azerbaijan, with months, cumulative totals and years kept apart.`,
    group: model.groups.get(metric.group).label,
    unit: model.units.get(metric.unit).other,
    count: `${formatNumber(rows.length)} periods`,
    parent: parent && link(parent),
    parts: model.indicators.filter((m) => m.parent === metric.id).map(link),
    charts: model.charts.ofMetric(metric.id),
    rows: rows.map((row) => ({ ...row, kind: PERIOD_KIND_LABELS[row.figure.period.kind] })),
  };
}

import { buildChartCatalog, type ChartCatalog } from "../charts/catalog.ts";
import { buildFigureIndex, type FigureIndex } from "../charts/figures.ts";
import { drawChart, type Drawable } from "../charts/renderChart.ts";
import type { Dataset, Metric, MetricGroup, Observation, Period, Revision, SourceDocument, Unit } from "../dataset/types.ts";
import { breakdownGaps, type BreakdownGap } from "../derive/breakdownGaps.ts";
import { derivedObservations, type DerivedObservation } from "../derive/derivedPeriods.ts";
import { findQualityNotes, type QualityNote } from "../quality/qualityNotes.ts";
import { editionMessages } from "../i18n/editions.ts";
import type { Messages } from "../i18n/messages.ts";
import { companions, pagePeriods, timeline } from "../periods/timeline.ts";
import { indicatorMetrics } from "./indicatorMetrics.ts";
import { lastChange, revisionIndex } from "./revisions.ts";
import { yearPeriods, yearsCovered, type YearPeriods } from "../years/yearPeriods.ts";

/** Look-up by id of the entries of one dataset file; `get` fails loudly on an id the checks let through. */
export interface ById<T extends { id: string }> {
  all: readonly T[];
  get(id: string): T;
  find(id: string): T | undefined;
}

function byId<T extends { id: string }>(entries: readonly T[], what: string): ById<T> {
  const index = new Map(entries.map((e) => [e.id, e]));
  return {
    all: entries,
    find: (id) => index.get(id),
    get(id) {
      const entry = index.get(id);
      if (!entry) throw new Error(`no ${what} "${id}" in the dataset`);
      return entry;
    },
  };
}

/**
 * Everything a build derives from the checked dataset, made once: look-ups by id, the figures
 * this report computes, breakdown gaps, quality notes, the time axis, which periods each page
 * shows, and the chart catalog. Pages, the remark plugin, cards and downloads read from it;
 * nothing else keeps a copy of its own.
 */
export interface SiteModel {
  /** The words of the edition (src/lib/i18n). */
  m: Messages;
  dataset: Dataset;
  /** Figures of derived periods, computed from published ones. */
  derived: readonly DerivedObservation[];
  periods: ById<Period>;
  metrics: ById<Metric>;
  documents: ById<SourceDocument>;
  units: ById<Unit>;
  groups: ById<MetricGroup>;
  /** Published and computed figures together, by period and metric, each with its status. */
  figures: FigureIndex;
  /** A period's own figures: computed ones for a derived period, published ones otherwise. */
  figuresOf(period: Period): readonly (Observation | DerivedObservation)[];
  /** Periods with a page of their own, in file order, and those on the time axis, oldest first. */
  pagePeriods: readonly Period[];
  timeline: readonly Period[];
  /** Page periods with no place on the time axis (the undated block), in file order. */
  offTimeline: readonly Period[];
  /** The periods a period page shows: the period and the companions printed beside it. */
  shownOn(page: string): readonly Period[];
  gaps: readonly BreakdownGap[];
  gapOf(period: string, metric: string): BreakdownGap | undefined;
  notes: readonly QualityNote[];
  /** The notes of the periods a page shows. */
  notesOf(periods: readonly Period[]): readonly QualityNote[];
  /** Every chart of the period and indicator pages, made when first asked for (the build's checks never need it). */
  readonly charts: ChartCatalog;
  /** A chart as inline SVG: its page and its download files show the same drawing, and a rebuild reuses an earlier build's. */
  svg(chart: Drawable): string;
  /** Metrics with an indicator page of their own. */
  indicators: readonly Metric[];
  /** The years with a page, newest first, each with its periods by kind. */
  years: readonly YearPeriods[];
  /** Every change to a published figure, newest first. */
  revisions: readonly Revision[];
  /** A figure's revisions, oldest first. */
  revisionsOf(period: string, metric: string): readonly Revision[];
  /** The latest day the figures of `periods` (of `metric` alone, when given) changed in this report (first published, or revised), YYYY-MM-DD. */
  lastChange(periods: readonly Period[], metric?: string): string;
}

/**
 * The site model of a checked dataset, in the words of `m`. `draw` draws a chart; the build
 * gives one that reuses earlier drawings (src/lib/cache/chartDrawings.ts).
 */
export function buildSiteModel(dataset: Dataset, m: Messages = editionMessages("en"), draw: (chart: Drawable) => string = drawChart): SiteModel {
  const derived = derivedObservations(dataset);
  const periods = byId(dataset.periods, "period");
  const gaps = breakdownGaps(dataset);
  const gapIndex = new Map(gaps.map((g) => [`${g.period}|${g.parent}`, g]));
  const notes = findQualityNotes(dataset, gaps);
  const published = Map.groupBy(dataset.observations, (o) => o.period);
  const computed = Map.groupBy(derived, (o) => o.period);
  const shown = new Map(dataset.periods.map((p) => [p.id, [p, ...companions(dataset, p)]]));
  const figures = buildFigureIndex(dataset, derived);
  const pages = pagePeriods(dataset);
  const line = timeline(dataset);
  const revised = revisionIndex(dataset);
  let catalog: ChartCatalog | undefined;
  return {
    m,
    dataset,
    derived,
    periods,
    metrics: byId(dataset.metrics, "metric"),
    documents: byId(dataset.documents, "document"),
    units: byId(dataset.units, "unit"),
    groups: byId(dataset.groups, "group"),
    figures,
    figuresOf: (period) => (period.derivedFrom ? computed.get(period.id) : published.get(period.id)) ?? [],
    pagePeriods: pages,
    timeline: line,
    offTimeline: pages.filter((p) => !line.includes(p)),
    shownOn: (page) => shown.get(page) ?? [],
    gaps,
    gapOf: (period, metric) => gapIndex.get(`${period}|${metric}`),
    notes,
    notesOf(shownPeriods) {
      const ids = new Set(shownPeriods.map((p) => p.id));
      return notes.filter((n) => ids.has(n.period));
    },
    get charts() {
      catalog ??= buildChartCatalog({ m, dataset, derived, figures }, pages);
      return catalog;
    },
    svg: draw,
    indicators: indicatorMetrics(dataset),
    years: yearsCovered(dataset).map((year) => yearPeriods(dataset, year)),
    revisions: [...dataset.revisions].sort((a, b) => b.date.localeCompare(a.date)),
    revisionsOf: (period, metric) => revised.get(`${period}|${metric}`) ?? [],
    lastChange: (periods, metric) => lastChange(dataset, periods, metric),
  };
}

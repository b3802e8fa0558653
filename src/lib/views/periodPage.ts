import { sharedKeys, type ChartKey } from "./chartFigure.ts";
import { capitalise } from "../charts/wording.ts";
import type { Chart } from "../charts/types.ts";
import type { Period } from "../dataset/types.ts";
import { formatDate, formatNumber, formatPeriodSpan } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { companionLayout } from "../periods/figureLocation.ts";
import { figureTables, type FigureTable } from "../periods/figureTables.ts";
import { periodNotices, type PeriodNotice } from "../periods/periodNotices.ts";
import { releaseContext } from "../periods/releaseContext.ts";
import { neighbours, isOnTimeline, type Neighbours } from "../periods/timeline.ts";
import { noteViews, type NoteView } from "./noteViews.ts";
import { paths } from "../url.ts";

/** A narrative's front matter, its summary already resolved to plain text. */
export interface NarrativeHead {
  title: string;
  summary: string;
}

export interface PeriodView {
  period: Period;
  /** The page title (also cited): the period and the narrative's headline. */
  title: string;
  /** The period and its kind, for a <title> the headline would make too long (a year's summary page is titled by the year alone). */
  shortTitle: string;
  heading: string;
  description: string;
  eyebrow: string;
  covers: string;
  named: { term: string; text: string };
  source: { href: string; title: string; lines: string };
  release?: { text: string; newer?: { label: string; href: string } };
  comparedWith?: string;
  /** The day its figures were first published in this report, and the latest day one of them (or of the periods shown with it) changed. */
  dates: { published: { iso: string; text: string }; lastChanged: { iso: string; text: string }; revised: boolean };
  notices: PeriodNotice[];
  charts: readonly Chart[];
  /** The key lines every chart of the page shares, written once above them. */
  chartKeys: ChartKey[];
  tables: FigureTable[];
  homeDocument: string;
  companions: { id: string; heading: string; note?: string; tables: FigureTable[] }[];
  notes: NoteView[];
  neighbours: Neighbours;
  onTimeline: boolean;
}

/** Everything the page of `period` shows, apart from the narrative's text. */
export function periodView(model: SiteModel, period: Period, narrative?: NarrativeHead): PeriodView {
  const { dataset } = model;
  const document = model.documents.get(period.document);
  const { columns, sections } = companionLayout(dataset, period);
  const own = period.derivedFrom ? model.derived : dataset.observations;
  const figureCount = model.figuresOf(period).length;
  const w = model.m.pages.period;
  const description = narrative?.summary ?? w.description({ period: period.label, figures: formatNumber(figureCount, model.m), count: figureCount, derived: period.derivedFrom !== undefined });
  const release = releaseContext(dataset, period);
  const charts = model.charts.ofPeriod(period.id);
  return {
    period,
    title: narrative ? w.title(period.label, narrative.title) : capitalise(period.label, model.m.locale),
    shortTitle: capitalise(w.eyebrow(period.label, model.m.terms.kinds.label[period.kind]), model.m.locale),
    heading: narrative?.title ?? capitalise(period.label, model.m.locale),
    description,
    eyebrow: w.eyebrow(period.label, model.m.terms.kinds.label[period.kind]),
    covers: formatPeriodSpan(period, model.m),
    named: period.derivedFrom
      ? { term: w.computedAs, text: [period.derivedFrom.total, ...period.derivedFrom.minus].map((id) => model.periods.get(id).label).join(" − ") }
      : { term: w.namedAtSource, text: w.quoted(period.sourceLabel) },
    source: { href: paths.source(document.id), title: document.title, lines: w.lines(String(period.lines.from), String(period.lines.to)) },
    release: release && {
      text: w.position({ position: formatNumber(release.position, model.m), of: formatNumber(release.of, model.m), kinds: model.m.terms.kinds.counted[period.kind] }),
      newer: release.newer && { label: release.newer.label, href: paths.period(release.newer.id) },
    },
    comparedWith: columns.length > 0 ? w.comparedWithText(columns.map((p) => p.label).join(", ")) : undefined,
    dates: datesOf(model, period),
    notices: periodNotices(dataset, period, model.m),
    charts,
    chartKeys: sharedKeys(charts),
    tables: figureTables(dataset, [period, ...columns], own),
    homeDocument: document.id,
    companions: sections.map((companion) => ({
      id: companion.id,
      heading: w.companionHeading(model.m.terms.kinds.label[companion.kind], companion.label),
      note: companion.note,
      tables: figureTables(dataset, [companion]),
    })),
    notes: noteViews(model, model.notesOf(model.shownOn(period.id))),
    neighbours: neighbours(dataset, period.id),
    onTimeline: isOnTimeline(period),
  };
}

function datesOf(model: SiteModel, period: Period): PeriodView["dates"] {
  const changed = model.lastChange(model.shownOn(period.id));
  const day = (iso: string) => ({ iso, text: formatDate(iso, model.m) });
  return { published: day(period.published), lastChanged: day(changed), revised: changed > period.published };
}

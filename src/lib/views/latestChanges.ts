import type { Period } from "../dataset/types.ts";
import { formatNumber } from "../format.ts";
import type { RichText } from "../i18n/rich.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { isOnTimeline, nearestBulletin } from "../periods/timeline.ts";
import { figureHref } from "../charts/figureLink.ts";
import { listOf } from "../charts/wording.ts";
import { paths } from "../url.ts";
import { noteViews, type NoteView } from "./noteViews.ts";

interface IndicatorLink {
  label: string;
  /** Its indicator page, or where it has none, its figure on the page of `period`. */
  href: string;
}

/** What the latest period brought to the report, all of it counted from the site model. */
export interface LatestChangesView {
  heading: string;
  /** Its own figures, with the source lines that print them. */
  figures: RichText;
  /** Figures for the periods printed beside it (comparison columns, snapshots), where there are any. */
  companions?: string;
  /** Indicators the report has figures for in this period alone. */
  first?: { intro: string; indicators: IndicatorLink[] };
  /** Indicators the previous period of its kind with a bulletin of its own gives and this one does not. */
  leftOut?: { intro: string; indicators: IndicatorLink[] };
  notes: { intro: string; items: NoteView[] };
}

/** What the latest period on the time axis added to the report: figures, indicators, quality notes. */
export function latestChangesView(model: SiteModel, latest: Period): LatestChangesView {
  const { m } = model;
  const w = m.pages.home;
  const own = model.figuresOf(latest);
  const document = model.documents.get(latest.document);
  const companions = model.shownOn(latest.id).filter((p) => p !== latest);
  const companionFigures = companions.reduce((sum, p) => sum + model.figuresOf(p).length, 0);
  const link = (metric: string, period: Period): IndicatorLink => ({
    label: model.metrics.get(metric).label,
    href: model.indicators.some((i) => i.id === metric) ? paths.indicator(metric) : figureHref(model.dataset, period.id, metric),
  });
  const ownMetrics = [...new Set(own.map((o) => o.metric))].filter((id) => !model.metrics.get(id).claim);

  const alone = ownMetrics.filter((id) => model.figures.ofMetric(id).every((f) => f.period.id === latest.id));
  const previous = isOnTimeline(latest) ? nearestBulletin(model.timeline, latest, "previous") : undefined;
  const given = new Set(ownMetrics);
  const leftOut = previous
    ? [...new Set(model.figuresOf(previous).map((o) => o.metric))].filter((id) => !model.metrics.get(id).claim && !given.has(id))
    : [];
  const notes = noteViews(model, model.notesOf(model.shownOn(latest.id)));
  return {
    heading: w.changes(latest.label),
    figures: w.figuresAdded({
      count: own.length,
      figures: formatNumber(own.length, m),
      period: latest.label,
      document: { label: document.title, href: paths.source(document.id) },
      lines: `${formatNumber(latest.lines.from, m)}–${formatNumber(latest.lines.to, m)}`,
    }),
    companions:
      companionFigures > 0 ? w.companionsAdded({ count: companionFigures, figures: formatNumber(companionFigures, m), periods: listOf(companions.map((p) => p.label), m) }) : undefined,
    first: alone.length > 0 ? { intro: w.firstFigures({ count: alone.length, period: latest.label }), indicators: alone.map((id) => link(id, latest)) } : undefined,
    leftOut: previous && leftOut.length > 0 ? { intro: w.leftOut({ count: leftOut.length, period: latest.label, previous: previous.label }), indicators: leftOut.map((id) => link(id, previous)) } : undefined,
    notes: { intro: notes.length > 0 ? w.notes({ count: notes.length, notes: formatNumber(notes.length, m) }) : w.noNotes, items: notes },
  };
}

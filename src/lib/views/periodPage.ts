import type { Chart } from "../charts/types.ts";
import type { Period } from "../dataset/types.ts";
import { PERIOD_KIND_LABELS, PERIOD_KIND_PLURALS, formatNumber, formatPeriodSpan } from "../format.ts";
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
  heading: string;
  description: string;
  eyebrow: string;
  covers: string;
  named: { term: string; text: string };
  source: { href: string; title: string; lines: string };
  release?: { text: string; newer?: { label: string; href: string } };
  comparedWith?: string;
  notices: PeriodNotice[];
  charts: readonly Chart[];
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
  const description =
    narrative?.summary ??
    `${period.label}: ${formatNumber(figureCount)} figures ${period.derivedFrom ? "computed by this report from" : "published by"} the State Migration Service of Azerbaijan, each cited to the line that prints it.`;
  const release = releaseContext(dataset, period);
  return {
    period,
    title: narrative ? `${period.label}: ${narrative.title}` : period.label,
    heading: narrative?.title ?? period.label,
    description,
    eyebrow: `${period.label} · ${PERIOD_KIND_LABELS[period.kind]}`,
    covers: formatPeriodSpan(period),
    named: period.derivedFrom
      ? { term: "Computed as", text: [period.derivedFrom.total, ...period.derivedFrom.minus].map((id) => model.periods.get(id).label).join(" − ") }
      : { term: "Named at the source", text: `“${period.sourceLabel}”` },
    source: { href: paths.source(document.id), title: document.title, lines: `${period.lines.from}–${period.lines.to}` },
    release: release && {
      text: `${formatNumber(release.position)} of ${formatNumber(release.of)} ${PERIOD_KIND_PLURALS[period.kind]} on the time axis;`,
      newer: release.newer && { label: release.newer.label, href: paths.period(release.newer.id) },
    },
    comparedWith: columns.length > 0 ? `${columns.map((p) => p.label).join(", ")}, as printed in the same document` : undefined,
    notices: periodNotices(dataset, period),
    charts: model.charts.ofPeriod(period.id),
    tables: figureTables(dataset, [period, ...columns], own),
    homeDocument: document.id,
    companions: sections.map((companion) => ({
      id: companion.id,
      heading: `${PERIOD_KIND_LABELS[companion.kind]}: ${companion.label}`,
      note: companion.note,
      tables: figureTables(dataset, [companion]),
    })),
    notes: noteViews(model, model.notesOf(model.shownOn(period.id))),
    neighbours: neighbours(dataset, period.id),
    onTimeline: isOnTimeline(period),
  };
}

import { figureHref } from "../charts/figureLink.ts";
import type { Revision } from "../dataset/types.ts";
import { formatDate, formatFigure, formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

/** The lang attribute of a revision's reason in edition `m`: revisions.csv is written in English. */
export function reasonLang(m: Pick<Messages, "lang">): string | undefined {
  return m.lang === "en" ? undefined : "en";
}

/** One change to a published figure, as /revisions/ and the feed show it. */
export interface RevisionView {
  date: string;
  /** The date in words. */
  day: string;
  figure: { label: string; href: string };
  period: string;
  old: string;
  now: string;
  kind: string;
  /** As the dataset gives it: revisions.csv is written in English. */
  reason: string;
  source: { href: string; text: string };
}

/** A revision in the words of the edition, linked to the figure's row on its period page. */
export function revisionView(model: SiteModel, r: Revision): RevisionView {
  const { m } = model;
  const metric = model.metrics.get(r.metric);
  const document = model.documents.get(r.document);
  return {
    date: r.date,
    day: formatDate(r.date, m),
    figure: { label: metric.label, href: figureHref(model.dataset, r.period, r.metric) },
    period: model.periods.get(r.period).label,
    old: formatFigure(r.oldValue, metric, m),
    now: formatFigure(r.newValue, metric, m),
    kind: m.terms.revisionKinds[r.kind],
    reason: r.reason,
    source: { href: paths.source(document.id), text: m.terms.citation(document.short, formatNumber(r.line, m)) },
  };
}

/** /revisions/: every change to a published figure, newest first. */
export function revisionsView(model: SiteModel): RevisionView[] {
  return model.revisions.map((r) => revisionView(model, r));
}

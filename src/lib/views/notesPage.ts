import type { Metric, MetricGroup, Period } from "../dataset/types.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import { noteViews, type NoteView } from "./noteViews.ts";

export interface NotesView {
  byPeriod: { id: string; label: string; href: string; notes: NoteView[] }[];
  /** Periods this report computes, with the periods they are computed from. */
  derived: { label: string; href: string; total: string; minus: string }[];
  definitions: { group: MetricGroup; metrics: Metric[] }[];
}

/** /notes/: every quality note by page, how computed periods are made, every definition. */
export function notesView(model: SiteModel): NotesView {
  const label = (id: string) => model.periods.get(id).label;
  const derived = model.dataset.periods.filter((p): p is Period & { derivedFrom: NonNullable<Period["derivedFrom"]> } => p.derivedFrom !== undefined);
  return {
    byPeriod: model.pagePeriods
      .map((period) => ({ id: period.id, label: period.label, href: paths.period(period.id), notes: noteViews(model, model.notesOf(model.shownOn(period.id))) }))
      .filter((group) => group.notes.length > 0),
    derived: derived.map((p) => ({ label: p.label, href: paths.period(p.id), total: label(p.derivedFrom.total), minus: p.derivedFrom.minus.map(label).join(", ") })),
    definitions: model.dataset.groups.map((group) => ({ group, metrics: model.dataset.metrics.filter((m) => m.group === group.id) })),
  };
}

import type { SiteModel } from "../model/siteModel.ts";
import { describeNote } from "../quality/describeNote.ts";
import type { QualityNote } from "../quality/qualityNotes.ts";

/** A quality note as a list shows it: its kind (for styling and tests) and its words. */
export interface NoteView {
  kind: QualityNote["kind"];
  title: string;
  body: string;
}

export function noteViews(model: SiteModel, notes: readonly QualityNote[]): NoteView[] {
  return notes.map((note) => ({ kind: note.kind, ...describeNote(note, model.dataset, model.m) }));
}

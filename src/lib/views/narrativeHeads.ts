import type { NarrativeKind } from "../narratives/folders.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { resolvePlainText } from "../../remark/resolvePlainText.ts";
import type { NarrativeHead } from "./periodPage.ts";

/** A narrative's front matter as the content collection gives it. */
export interface NarrativeEntry {
  data: { title: string; summary: string };
}

/** The heads (title and summary, resolved) of the narratives found, by period id or year. */
export function narrativeHeads(model: SiteModel, kind: NarrativeKind, entries: readonly (readonly [string, NarrativeEntry | undefined])[], base: string): Map<string, NarrativeHead> {
  const heads = new Map<string, NarrativeHead>();
  for (const [name, entry] of entries) if (entry) heads.set(name, narrativeHead(model, kind, name, entry, base));
  return heads;
}

/** One narrative's head: its title and summary, references resolved and claims checked. */
export function narrativeHead(model: SiteModel, kind: NarrativeKind, name: string, entry: NarrativeEntry, base: string): NarrativeHead {
  const context = { model, base };
  return { title: resolvePlainText(entry.data.title, "title", kind, name, context), summary: resolvePlainText(entry.data.summary, "summary", kind, name, context) };
}

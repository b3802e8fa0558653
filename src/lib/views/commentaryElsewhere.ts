import type { Edition } from "../i18n/editionPaths.ts";
import { editionMessages } from "../i18n/editions.ts";
import { narrativeEditions } from "../narratives/missingNarratives.ts";
import type { NarrativeKind } from "../narratives/folders.ts";

/** For a page without a narrative in `edition`: the same page in the editions that have one, named in their own language. */
export function commentaryElsewhere(kind: NarrativeKind, name: string, path: string, edition: Edition): { text: string; href: string; edition: Edition }[] {
  return narrativeEditions(kind, name)
    .filter((e) => e !== edition)
    .map((e) => ({ text: editionMessages(e).site.languageName, href: path, edition: e }));
}

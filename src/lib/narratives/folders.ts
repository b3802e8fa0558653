import { join, resolve } from "node:path";
import type { Edition } from "../i18n/editionPaths.ts";

/** The two kinds of narrative: one per period page, one per year page. */
export type NarrativeKind = "period" | "year";

/**
 * Where an edition's narratives of each kind are read from: content/periods and
 * content/years for English, content/<lang>/periods and content/<lang>/years for the others.
 * REPORT_NARRATIVES_DIR and REPORT_YEARS_DIR move the English ones, REPORT_EDITIONS_DIR the
 * folder that holds the others (tests, the benchmark).
 */
export function narrativeFolders(edition: Edition = "en", env: Record<string, string | undefined> = process.env): Record<NarrativeKind, string> {
  if (edition === "en") return { period: resolve(env.REPORT_NARRATIVES_DIR ?? "content/periods"), year: resolve(env.REPORT_YEARS_DIR ?? "content/years") };
  const root = resolve(env.REPORT_EDITIONS_DIR ?? "content", edition);
  return { period: join(root, "periods"), year: join(root, "years") };
}

/** The content collection of an edition's narratives of one kind (src/content.config.ts). */
export function narrativeCollection(kind: NarrativeKind, edition: Edition): `${NarrativeKind}-${Edition}` {
  return `${kind}-${edition}`;
}

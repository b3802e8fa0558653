import { resolve } from "node:path";

/** The two kinds of narrative: one per period page, one per year page. */
export type NarrativeKind = "period" | "year";

/**
 * Where the narratives of each kind are read from: content/periods and content/years, or
 * the folders REPORT_NARRATIVES_DIR and REPORT_YEARS_DIR name (tests, the benchmark).
 */
export function narrativeFolders(env: Record<string, string | undefined> = process.env): Record<NarrativeKind, string> {
  return { period: resolve(env.REPORT_NARRATIVES_DIR ?? "content/periods"), year: resolve(env.REPORT_YEARS_DIR ?? "content/years") };
}

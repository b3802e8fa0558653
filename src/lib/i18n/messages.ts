import { en } from "./en/index.ts";
import { placeholderCatalog } from "./placeholder.ts";

/** The shape every edition's catalog has: the English one's. */
export type Messages = typeof en;

/**
 * The catalog a build uses. REPORT_CATALOG=placeholder swaps every word for its key, for the
 * test that finds reader-facing English outside the catalog.
 */
export function siteMessages(env: Record<string, string | undefined> = process.env): Messages {
  return env.REPORT_CATALOG === "placeholder" ? placeholderCatalog(en) : en;
}

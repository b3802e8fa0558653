import { az } from "./az/index.ts";
import { en } from "./en/index.ts";
import type { Messages } from "./messages.ts";
import { placeholderCatalog } from "./placeholder.ts";
import { ru } from "./ru/index.ts";
import { EDITIONS, type Edition } from "./editionPaths.ts";

// Looked up when asked for, not when this module loads: the catalogs import the URL helpers,
// which import the editions' paths.
const catalogs = (): Record<Edition, Messages> => ({ en, az, ru });

/**
 * The catalog of an edition. REPORT_CATALOG=placeholder swaps every word for its key, for the
 * test that finds reader-facing words outside the catalog.
 */
export function editionMessages(edition: Edition, env: Record<string, string | undefined> = process.env): Messages {
  const m = catalogs()[edition];
  return env.REPORT_CATALOG === "placeholder" ? placeholderCatalog(m) : m;
}

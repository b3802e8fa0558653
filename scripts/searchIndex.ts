/**
 * The site search's index, written by Pagefind into <site>/pagefind/ from the built pages.
 * Pagefind indexes the pages that mark their main content (data-pagefind-body, set by
 * src/layouts/Base.astro) and splits the index by each page's <html lang>, so every edition
 * gets an index of its own and searches only its own pages.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

// The ready-made search interfaces Pagefind writes beside its API; /search/ uses the API alone.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pages indexed per language ("en", "az", "ru"), or the problems Pagefind reported. */
export type SearchIndexResult = { pages: Record<string, number> } | { errors: string[] };

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const bundle = join(siteDir, "pagefind");
  try {
    // Charts repeat the figures of the tables beside them, as axis labels and tooltips.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["svg"] });
    if (!index) return { errors };
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) return { errors: added.errors };
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) return { errors: written.errors };
  } finally {
    await pagefind.close();
  }
  for (const file of readdirSync(bundle)) if (UNUSED.test(file)) rmSync(join(bundle, file));
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return { pages: Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])) };
}

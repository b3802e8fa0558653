/**
 * The site search's index, written by Pagefind into <site>/pagefind/ from the built pages.
 * Pagefind indexes the pages that mark their main content (data-pagefind-body, set by
 * src/layouts/Base.astro) and splits the index by each page's <html lang>, so every edition
 * gets an index of its own and searches only its own pages. It reads each page with spaces
 * between adjacent elements (spacedOut), so that their words stay apart.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { spacedOut } from "../src/lib/search/spacedOut.ts";

// The ready-made search interfaces Pagefind writes beside its API; /search/ uses the API alone.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The page without its inline charts, which Pagefind would parse only to leave out: they
 * repeat the figures of the tables beside them, as axis labels and tooltips. The charts are
 * the report's own drawings, in which no "</svg>" can stand inside a text (escapeXml).
 */
function withoutCharts(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, "");
}

/** Pages indexed per language ("en", "az", "ru"), or the problems Pagefind reported. */
export type SearchIndexResult = { pages: Record<string, number> } | { errors: string[] };

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const bundle = join(siteDir, "pagefind");
  const pages = `${siteDir}.search-pages`;
  rmSync(pages, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) return { errors };
    // Pagefind reads a folder on every core, and one page at a time through its API on one:
    // the pages are written, as the index should read them, to a folder of their own.
    for (const file of readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
      mkdirSync(dirname(join(pages, file)), { recursive: true });
      writeFileSync(join(pages, file), spacedOut(withoutCharts(readFileSync(join(siteDir, file), "utf8"))));
    }
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length > 0) return { errors: added.errors };
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) return { errors: written.errors };
  } finally {
    await pagefind.close();
    rmSync(pages, { recursive: true, force: true });
  }
  for (const file of readdirSync(bundle)) if (UNUSED.test(file)) rmSync(join(bundle, file));
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return { pages: Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])) };
}

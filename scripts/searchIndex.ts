/**
 * The site search's index, written by Pagefind into <site>/pagefind/ from the built pages.
 * Pagefind indexes the pages that mark their main content (data-pagefind-body, set by
 * src/layouts/Base.astro) and splits the index by each page's <html lang>, so every edition
 * gets an index of its own and searches only its own pages. It reads each page as
 * searchable() cuts it down, with spaces between adjacent elements (spacedOut), so that
 * their words stay apart. A page's cut-down copy is kept under the hash of the code and the
 * page's bytes: a rebuild makes copies only of the pages that changed.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { buildCache, codeVersion } from "../src/lib/cache/buildInputs.ts";
import type { ContentStore } from "../src/lib/cache/contentStore.ts";
import { hashOf } from "../src/lib/cache/hash.ts";
import { searchable } from "../src/lib/search/searchable.ts";
import { spacedOut } from "../src/lib/search/spacedOut.ts";

// The ready-made search interfaces Pagefind writes beside its API; /search/ uses the API alone.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Pages indexed per language ("en", "az", "ru") and how many pages' copies were made anew
 * (the rest came from the store), or the problems Pagefind reported.
 */
export type SearchIndexResult = { pages: Record<string, number>; copied: number } | { errors: string[] };

export async function writeSearchIndex(siteDir: string, copies: ContentStore = buildCache("search-pages")): Promise<SearchIndexResult> {
  const bundle = join(siteDir, "pagefind");
  let copied = 0;
  const pages = `${siteDir}.search-pages`;
  rmSync(pages, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) return { errors };
    // Pagefind reads a folder on every core, and one page at a time through its API on one:
    // the pages are placed, as the index should read them, in a folder of their own. A page
    // Pagefind would not index (no data-pagefind-body) is placed empty, which it reads alike.
    const folders = new Set<string>();
    for (const file of readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(siteDir, file));
      const key = hashOf(codeVersion(), html);
      const copy = join(pages, file);
      if (!folders.has(dirname(copy))) mkdirSync(dirname(copy), { recursive: true });
      folders.add(dirname(copy));
      if (copies.place(key, copy)) continue;
      copies.put(key, searchCopy(html.toString("utf8"), file));
      copies.place(key, copy);
      copied++;
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
  return { pages: Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])), copied };
}

/** The page as Pagefind should read it; `file` names the page in an error. */
function searchCopy(html: string, file: string): string {
  try {
    const text = searchable(html);
    return text === undefined ? "" : spacedOut(text);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

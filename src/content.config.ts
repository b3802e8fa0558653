import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { narrativeFolders } from "./lib/narratives/folders.ts";
import { narrativeFrontMatter } from "./lib/narratives/frontMatter.ts";

const folders = narrativeFolders();

/** Narratives, one per period page: content/periods/<period id>.md (REPORT_NARRATIVES_DIR for tests). */
const narratives = defineCollection({
  loader: glob({ pattern: "*.md", base: folders.period }),
  schema: narrativeFrontMatter,
});

/** Annual summaries, one per year the data cover: content/years/<yyyy>.md. */
const years = defineCollection({
  loader: glob({ pattern: "*.md", base: folders.year }),
  schema: narrativeFrontMatter,
});

export const collections = { narratives, years };

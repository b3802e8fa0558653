import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { narrativeFrontMatter } from "./lib/narratives/frontMatter.ts";

/** Narratives, one per period page: content/periods/<period id>.md (REPORT_NARRATIVES_DIR for tests). */
const narratives = defineCollection({
  loader: glob({ pattern: "*.md", base: process.env.REPORT_NARRATIVES_DIR ?? "./content/periods" }),
  schema: narrativeFrontMatter,
});

/** Annual summaries, one per year the data cover: content/years/<yyyy>.md. */
const years = defineCollection({
  loader: glob({ pattern: "*.md", base: process.env.REPORT_YEARS_DIR ?? "./content/years" }),
  schema: narrativeFrontMatter,
});

export const collections = { narratives, years };

import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Narratives, one per period page: content/periods/<period id>.md. */
const narratives = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/periods" }),
  schema: z.strictObject({
    title: z.string().min(1),
    summary: z.string().min(1).refine((s) => !/[.!?]\s+\S/.test(s.trim()), { error: "the summary is one sentence" }),
  }),
});

export const collections = { narratives };

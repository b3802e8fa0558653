import { z } from "zod";

/** The front matter of a period narrative. */
export const narrativeFrontMatter = z.strictObject({
  title: z.string({ error: "give the narrative a title (a headline)" }).trim().min(1, { error: "give the narrative a title (a headline)" }),
  summary: z
    .string({ error: "give a one-sentence summary; it becomes the page description" })
    .trim()
    .min(1, { error: "give a one-sentence summary; it becomes the page description" })
    // Figure references hold dots (":fig[calls.received]"), so sentences are counted without them.
    .refine((s) => !/[.!?]\s+\S/.test(s.replace(/:[a-z]+\[[^\]]*\](\{[^}]*\})?/g, "N")), { error: "the summary must be one sentence" }),
});

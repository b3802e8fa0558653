import { parse } from "yaml";
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

export interface SplitNarrative {
  /** The front matter as YAML data, not yet checked. */
  data: unknown;
  /** The front matter's own text, for finding the line of a key. */
  yaml: string;
  /** The body, with a blank line in place of each front-matter line so positions stay the file's. */
  body: string;
}

/** Separates a narrative's front matter from its body; undefined when the file has none. */
export function splitNarrative(text: string): SplitNarrative | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const frontLines = match[0].split("\n").length - 1;
  return { data: parse(match[1]!) ?? {}, yaml: match[1]!, body: "\n".repeat(frontLines) + text.slice(match[0].length) };
}

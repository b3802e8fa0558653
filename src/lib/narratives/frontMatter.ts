import { parseDocument } from "yaml";
import { z } from "zod";
import { CONTROL_CHARACTERS } from "../escape.ts";
import { withoutBom } from "../sourceText.ts";

const noControlCharacters = { error: "remove the control characters (invisible characters copied with the text)" };

/** The front matter of a period narrative. */
export const narrativeFrontMatter = z.strictObject({
  title: z
    .string({ error: "give the narrative a title (a headline)" })
    .trim()
    .min(1, { error: "give the narrative a title (a headline)" })
    .refine((s) => !CONTROL_CHARACTERS.test(s), noControlCharacters),
  summary: z
    .string({ error: "give a one-sentence summary; it becomes the page description" })
    .trim()
    .min(1, { error: "give a one-sentence summary; it becomes the page description" })
    .refine((s) => !CONTROL_CHARACTERS.test(s), noControlCharacters)
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

/** Front matter that is not valid YAML, located in the narrative file (1-based). */
export class FrontMatterError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = "FrontMatterError";
    this.line = line;
    this.column = column;
  }
}

/** What to do about a YAML error, in the words a writer needs. */
function yamlFix(lineText: string): string {
  const key = /^\s*([A-Za-z_]+):\s+\S.*:(\s|$)/.exec(lineText)?.[1];
  if (key) return `a ${key} that holds a colon must be in double quotes: ${key}: "…"`;
  return 'write one "key: text" per line, and put text that holds a colon, a "#" or starts with a quote in double quotes';
}

/**
 * Separates a narrative's front matter from its body; undefined when the file has none.
 * A byte-order mark is ignored, as editors on Windows write one. Throws FrontMatterError,
 * with the file's line and column, when the front matter is not valid YAML.
 */
export function splitNarrative(text: string): SplitNarrative | undefined {
  const content = withoutBom(text);
  const match = /^---\r?\n([\s\S]*?)(?:\r?\n)?---(?:\r?\n|$)/.exec(content);
  if (!match) return undefined;
  const yaml = match[1]!;
  const doc = parseDocument(yaml);
  const [error] = doc.errors;
  if (error) {
    const { line, col } = error.linePos?.[0] ?? { line: 1, col: 1 };
    const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    // The front matter starts on the file's second line, after the opening "---".
    throw new FrontMatterError(`the front matter is not valid YAML (${reason}): ${yamlFix(yaml.split(/\r?\n/)[line - 1] ?? "")}`, line + 1, col);
  }
  const frontLines = match[0].split("\n").length - 1;
  return { data: doc.toJS() ?? {}, yaml, body: "\n".repeat(frontLines) + content.slice(match[0].length) };
}

import { toString } from "mdast-util-to-string";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { resolveFigureDirectives, type FigureContext } from "./figureDirectives.ts";
import { narrativeTarget } from "./narrativeTarget.ts";
import type { NarrativeKind } from "../lib/narratives/folders.ts";

/**
 * A narrative's title or one-sentence summary as plain text (for the heading, the page
 * title and description, the feed and social cards), with its references resolved and its
 * claims checked like those of the narrative body.
 */
export function resolvePlainText(text: string, field: "title" | "summary", kind: NarrativeKind, name: string, context: FigureContext): string {
  const target = narrativeTarget(kind, name, context.model.dataset);
  const file = new VFile({ path: `${name}.md`, value: text });
  if (typeof target === "string") file.fail(target);
  const tree = unified().use(remarkParse).use(remarkDirective).parse(file);
  resolveFigureDirectives(tree, file, target as Exclude<typeof target, string>, context);
  const [problem] = file.messages;
  if (problem) file.fail(`in the ${field}, ${problem.reason}`);
  // Runs of ordinary white space only: a no-break space inside a number ("27 328") must stay.
  return toString(tree).replace(/[ \t\r\n]+/g, " ").trim();
}

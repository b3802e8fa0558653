import { toString } from "mdast-util-to-string";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { resolveFigureDirectives, type FigureContext } from "./figureDirectives.ts";

/**
 * A narrative's one-sentence summary as plain text (for the page description and social
 * cards), with its figure references resolved like those of the narrative body.
 */
export function resolveSummary(summary: string, period: string, context: FigureContext, path = `content/periods/${period}.md`): string {
  const file = new VFile({ path, value: summary });
  const tree = unified().use(remarkParse).use(remarkDirective).parse(file);
  resolveFigureDirectives(tree, file, period, context);
  return toString(tree).replace(/\s+/g, " ").trim();
}

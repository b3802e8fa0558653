/**
 * What a narrative may hold besides figure references: text, headings, lists, emphasis and
 * links to ordinary addresses. Narratives are data like the rest, so raw HTML (a <script>,
 * an <iframe>, an onclick), images (a request to another host) and links that run script
 * (javascript:, data:) are refused, each at its line and column.
 */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** The length of a narrative's text, in words as a reader counts them on the page. */
export const NARRATIVE_WORDS = { min: 200, max: 500 } as const;

/** A narrative file larger than this is refused before it is parsed: 500 words need far less. */
export const NARRATIVE_MAX_BYTES = 64 * 1024;

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** Whether a link target is an ordinary address: relative, a fragment, or http(s)/mailto. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Adds a message to `file` for every node a narrative may not hold. */
export function reportMarkup(tree: Root, file: VFile): void {
  visit(tree, (node: Nodes) => {
    if (node.type === "html")
      file.message(`raw HTML is not allowed in a narrative (${JSON.stringify(node.value.slice(0, 40))}): write text, and use Markdown for emphasis, lists and links`, node);
    else if (node.type === "image" || node.type === "imageReference")
      file.message("images are not allowed in a narrative: the charts come from the data; describe the point in words", node);
    else if ((node.type === "link" || node.type === "definition") && !isSafeUrl(node.url))
      file.message(`the link target ${JSON.stringify(node.url.slice(0, 40))} is not allowed: link to a page of the site or to an http(s) address`, node);
  });
}

/**
 * The words of the text as the page shows it, figure references resolved: each paragraph,
 * heading and table cell is read on its own, so that words on either side of a block
 * boundary are not run together.
 */
export function wordCount(tree: Root): number {
  let words = 0;
  visit(tree, (node: Nodes) => {
    if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") return;
    words += toString(node).split(/\s+/).filter(Boolean).length;
    return "skip";
  });
  return words;
}

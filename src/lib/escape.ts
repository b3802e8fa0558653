/**
 * The escaping rules of every output the site writes by hand. Astro escapes HTML text and
 * attributes itself, and d3-dsv quotes CSV fields; everything else (SVG and XML files,
 * JSON inside a <script> element, CSS strings) goes through these functions, because every
 * label in the dataset, and every text that `npm run ingest` reads, may be hostile.
 */

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** `text` safe in XML (and HTML) text and in a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const SCRIPT_UNSAFE: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * `value` as JSON that can sit inside a <script> element (JSON-LD): no "</script>" or
 * "<!--" can end or change the element, and the line separators that old JavaScript
 * parsers reject are escaped. The result is still plain JSON with the same meaning.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
}

/**
 * `text` as a CSS string literal: quotes and backslashes escaped, line breaks as spaces,
 * and "<" written as a CSS escape so that "</style>" cannot close the element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, " ").replace(/[\\"]/g, (c) => `\\${c}`).replace(/</g, "\\3c ")}"`;
}

const BIBTEX_SPECIALS: Record<string, string> = { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };

/** `text` as BibTeX field text: TeX's special characters as literals, so none runs as a command. */
export function bibtexText(text: string): string {
  return text.replace(/[\\~^&%$#_{}]/g, (c) => BIBTEX_SPECIALS[c] ?? `\\${c}`);
}

/**
 * Characters no escaping can make safe: XML 1.0 forbids them, so a label holding one would
 * break every SVG and feed it appears in. They hide in text pasted from elsewhere; the
 * dataset and narrative checks refuse them at the door.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

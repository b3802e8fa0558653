import { cssString } from "./escape.ts";

/**
 * The words in the margins of every printed page: the report's name at the top, and the page
 * number with the number of pages at the bottom, as `pageOf` places them around the counters.
 */
export function printFrameCss({ name, pageOf }: { name: string; pageOf: { before: string; between: string } }): string {
  return `@page { @top-left { content: ${cssString(name)}; } @bottom-right { content: ${cssString(pageOf.before)} counter(page) ${cssString(pageOf.between)} counter(pages); } }`;
}

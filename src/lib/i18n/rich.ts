import type { Edition } from "./editionPaths.ts";

/**
 * Text with links inside it, as a catalog message that needs one gives it: plain strings and
 * links, in reading order. Root-relative hrefs; the component that prints it adds the base
 * and the page's edition, or the edition a link names (a link to the same page in another
 * language).
 */
export type RichText = (string | { text: string; href: string; edition?: Edition } | { text: string; datetime: string })[];

const RICH = Symbol("rich text");

/** Marks a catalog message as one that returns rich text, so a placeholder catalog keeps its shape. */
export function rich<A extends unknown[]>(message: (...args: A) => RichText): ((...args: A) => RichText) & { [RICH]: true } {
  return Object.assign(message, { [RICH]: true as const });
}

export function isRich(message: unknown): boolean {
  return typeof message === "function" && RICH in message;
}

import type { PeriodKind } from "../dataset/types.ts";
import { formatNumber } from "../format.ts";
import type { PointStatus } from "./types.ts";

/** "Entry bans and expulsions" -> "entry bans and expulsions"; leaves "ASAN Service index" alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c"; beyond `limit` items, "a, b and 3 more". */
export function listOf(items: readonly string[], limit = Infinity): string {
  const shown = items.length > limit ? [...items.slice(0, limit), `${formatNumber(items.length - limit)} more`] : [...items];
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** How a reader counts periods of one kind: "3 months", "2 six-month periods". */
export const KIND_PLURAL: Record<PeriodKind, string> = {
  month: "months",
  "half-year": "six-month periods",
  "nine-months": "nine-month periods",
  year: "years",
  snapshot: "single days",
  unknown: "undated periods",
};

export const KIND_SINGULAR: Record<PeriodKind, string> = {
  month: "monthly",
  "half-year": "six-month",
  "nine-months": "nine-month",
  year: "yearly",
  snapshot: "single-day",
  unknown: "undated",
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Status of a value in words, for data tables and downloads. */
export const STATUS_LABELS: Record<PointStatus, string> = {
  published: "published",
  derived: "computed by this report",
  flagged: "published for a period the source labels unclearly",
};

/** What a hatched or dashed bar means, for the key under a chart. */
export const STATUS_KEYS: Record<Exclude<PointStatus, "published">, string> = {
  derived: "Hatched: computed by this report, not published by the SMS.",
  flagged: "Dashed outline: the period is unclear at the source.",
};

import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";

/** "Entry bans and expulsions" -> "entry bans and expulsions"; leaves "ASAN Service index" alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c"; beyond `limit` items, "a, b and 3 more", in the words of the edition `m`. */
export function listOf(items: readonly string[], m: Messages, limit = Infinity): string {
  const words = m.charts.list;
  const shown = items.length > limit ? [...items.slice(0, limit), words.more(formatNumber(items.length - limit, m))] : [...items];
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(words.separator)} ${words.and} ${shown.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

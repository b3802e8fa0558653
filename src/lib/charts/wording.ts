import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import type { PointStatus } from "./types.ts";

/** "Entry bans and expulsions" -> "entry bans and expulsions" (in any alphabet); leaves "ASAN Service index" alone. */
export function lowerFirst(text: string, locale?: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase(locale) + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c"; beyond `limit` items, "a, b and 3 more", in the words of the edition `m`. */
export function listOf(items: readonly string[], m: Messages, limit = Infinity): string {
  const words = m.charts.list;
  const shown = items.length > limit ? [...items.slice(0, limit), words.more(formatNumber(items.length - limit, m))] : [...items];
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(words.separator)} ${words.and} ${shown.at(-1)}`;
}

/** "noyabr 2024" -> "Noyabr 2024"; with the locale, "istiqamət" -> "İstiqamət" (az). */
/** A bar's <title>: "November 2024: 27,328 (published)", in the words of the edition. */
export function markTitle(what: string, display: string, status: PointStatus, m: Pick<Messages, "charts">): string {
  return m.charts.markTitle({ what, value: display, status: m.charts.status[status] });
}

export function capitalise(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

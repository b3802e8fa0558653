import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

export interface SearchEntry {
  label: string;
  href: string;
  /** What the page is: an indicator, the kind of a period, or a year's summary. */
  kind: string;
}

export interface SearchLetter {
  /** The initial, as the edition writes it in capitals ("İ", "Ö"), or the heading of names that begin with a figure. */
  letter: string;
  id: string;
  entries: SearchEntry[];
}

/**
 * /search/ without JavaScript: every indicator, period and year page of the edition, in the
 * edition's alphabetical order (Azerbaijani puts "ç" after "c" and "ə" after "e"; figures
 * are compared as numbers, so "2011" comes before "2023"), under their initials.
 */
export function searchIndexView(model: SiteModel): SearchLetter[] {
  const w = model.m.pages.search;
  const entries: SearchEntry[] = [
    ...model.indicators.map((m) => ({ label: m.label, href: paths.indicator(m.id), kind: w.kinds.indicator })),
    ...model.pagePeriods.map((p) => ({ label: p.label, href: paths.period(p.id), kind: model.m.terms.kinds.label[p.kind] })),
    ...model.years.map(({ year }) => ({ label: model.m.pages.years.heading(year), href: paths.year(year), kind: w.kinds.year })),
  ];
  const collator = new Intl.Collator(model.m.locale, { numeric: true });
  // One heading per letter of the alphabet: "É" files under "E" in English, "ё" under "е" in Russian.
  const sameLetter = new Intl.Collator(model.m.locale, { sensitivity: "base" });
  const sorted = entries.sort((a, b) => collator.compare(a.label, b.label) || collator.compare(a.kind, b.kind));
  const letters: SearchLetter[] = [];
  for (const entry of sorted) {
    const first = entry.label.charAt(0);
    const letter = /\p{L}/u.test(first) ? first.toLocaleUpperCase(model.m.locale) : w.digits;
    const last = letters.at(-1);
    if (last && sameLetter.compare(last.letter, letter) === 0) last.entries.push(entry);
    else letters.push({ letter, id: `letter-${letters.length + 1}`, entries: [entry] });
  }
  return letters;
}

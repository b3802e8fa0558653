import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { az } from "../../src/lib/i18n/az/index.ts";
import { en } from "../../src/lib/i18n/en/index.ts";
import { ru } from "../../src/lib/i18n/ru/index.ts";

const siteDir = inject("siteDir");

/** Every string a catalog holds, and what its argument-free messages say. */
function strings(catalog: unknown): string[] {
  if (typeof catalog === "string") return [catalog];
  if (typeof catalog === "function") {
    if (catalog.length > 0) return [];
    const said = (catalog as () => unknown)();
    return Array.isArray(said) ? said.flatMap((part) => (typeof part === "string" ? [part] : typeof part === "object" && part && "text" in part ? [String(part.text)] : [])) : strings(said);
  }
  if (Array.isArray(catalog)) return catalog.flatMap(strings);
  if (catalog && typeof catalog === "object") return Object.values(catalog).flatMap(strings);
  return [];
}

const words = (texts: string[]) => new Set(texts.flatMap((t) => t.match(/\p{L}{4,}/gu) ?? []));
/** The names of the download files' columns are codes (formula, period_label…), the same in every edition. */
const codes = Object.values(en.downloads.columns).flatMap((columns) => Object.keys(columns).flatMap((name) => name.split("_")));
const elsewhere = words([...strings(az), ...strings(ru), ...codes]);
/** The words of the English interface that neither other catalog uses (format names such as "BibTeX" are shared). */
const ENGLISH = [...words(strings(en))].filter((w) => !elsewhere.has(w)).sort();

describe("the interface of the Azerbaijani and Russian editions", () => {
  it("is checked against a list of the English catalog's words", () => {
    expect(ENGLISH.length).toBeGreaterThan(300);
    expect(ENGLISH).toContain("Periods");
    expect(ENGLISH).toContain("Sources");
  });

  it.each(["az", "ru"])("%s shows no English word of the interface on any page", (edition) => {
    const found = new Map<string, string>();
    const list = new Set(ENGLISH);
    for (const file of readdirSync(join(siteDir, edition), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
      const { document } = parseHTML(readFileSync(join(siteDir, edition, file), "utf8"));
      // Code shows ids and file names; the language switch names each language in its own words.
      for (const element of document.querySelectorAll("code, script, style, .languages, [lang]:not(html)")) element.remove();
      const text = [document.body.textContent ?? "", document.title, ...[...document.querySelectorAll("[title], [aria-label], [alt]")].flatMap((e) => [e.getAttribute("title") ?? "", e.getAttribute("aria-label") ?? "", e.getAttribute("alt") ?? ""])].join(" ");
      // Addresses and BibTeX keys are not words (the citation prints the page's URL and a key made of its path).
      for (const word of text.replace(/https?:\/\/\S+/g, " ").replace(/@\w+\{[^,]*,/g, " ").match(/\p{L}{4,}/gu) ?? []) if (list.has(word) && !found.has(word)) found.set(word, file);
    }
    expect([...found].map(([word, file]) => `${word} (${edition}/${file})`)).toEqual([]);
  });
});

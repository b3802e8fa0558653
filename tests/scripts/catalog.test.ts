import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEditionTexts, localisedDataset } from "../../src/lib/dataset/editionTexts.ts";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { splitNarrative } from "../../src/lib/narratives/frontMatter.ts";
import { buildFixture, fixtureInputs } from "../helpers/fixtureSite.ts";

/**
 * The site built with a placeholder catalog (every message replaced by its key) must show
 * no English word but those of the dataset and the narratives: any other word a reader sees
 * was spelled outside the catalog and would stay English in another edition.
 */
let site: string;
let known: string[];
/** Words of the narratives' titles and summaries, which reach pages with their references resolved. */
let narrativeWords: Set<string>;

// The fixture's folder is removed after the file's tests, and also when its build fails.
let removeFixture = () => {};
afterAll(() => removeFixture());

beforeAll(() => {
  const inputs = fixtureInputs((remove) => (removeFixture = remove));
  const result = buildFixture(inputs, { REPORT_CATALOG: "placeholder", REPORT_SKIP_CARDS: "1" });
  if (result.status !== 0) throw new Error(`the placeholder build failed:\n${result.stderr}`);
  site = inputs.dist;
  const english = loadDataset(inputs.data, inputs.data);
  const editions = [english, ...(["az", "ru"] as const).map((e) => localisedDataset(english, loadEditionTexts(join(inputs.data, "editions", `${e}.yaml`), english, e)))];
  const narratives = readdirSync(inputs.narratives).map((f) => splitNarrative(readFileSync(join(inputs.narratives, f), "utf8"))!.data as { title: string; summary: string });
  // Words that come from the data files and the narratives, not from the catalog.
  // Words that come from the data files (in every edition's language) and the narratives, not from the catalog.
  known = editions
    .flatMap((dataset) => [
      ...dataset.metrics.flatMap((m) => [m.label, m.definition, m.id]),
      ...dataset.groups.map((g) => g.label),
      ...dataset.units.flatMap((u) => [u.one, u.other, u.label ?? "", ...Object.values(u.forms ?? {})]),
      ...dataset.periods.flatMap((p) => [p.label, p.sourceLabel, p.note ?? "", p.id]),
      ...dataset.documents.flatMap((d) => [d.short, d.title, d.kind, d.file, d.id]),
      ...dataset.observations.flatMap((o) => [o.note ?? ""]),
      ...dataset.relations.map((r) => r.reason),
      dataset.institution.founded.instrument,
    ])
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length);
  narrativeWords = new Set(narratives.flatMap((n) => `${n.title} ${n.summary}`.toLowerCase().match(/\p{L}+/gu) ?? []));
}, 300_000);

/** The month names Intl writes in dates, in every edition's language ("1 November", "1 noyabr", "1 ноября"). */
const MONTHS = ["en-GB", "az", "ru"].flatMap((locale) =>
  Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2024, i, 15))).find((p) => p.type === "month")!.value),
);

/** What is left of `text` once placeholders, the dataset's words, numbers and dates are taken out. */
function leftover(text: string): string[] {
  // Addresses and file names are not words; placeholders are the catalog's.
  let rest = text.replace(/https?:\/\/\S+/g, " ").replace(/\b[\w.-]+\.(csv|json|svg|pdf|png)\b/g, " ").replace(/⟦[^⟧]*⟧/g, " ");
  // The dataset's words, as written or with a capital or lower-case first letter.
  for (const phrase of known) rest = rest.replace(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), " ");
  // Dates come from Intl, in the edition's locale.
  for (const month of MONTHS) rest = rest.replace(new RegExp(`(?<=\\d\\s)${month}(?![\\p{L}])`, "gu"), " ");
  rest = rest.replace(/(?<=\d{4}\s)г\./g, " ");
  return (rest.match(/\p{L}{2,}/gu) ?? []).filter((word) => !narrativeWords.has(word.toLowerCase()));
}

describe("a site built with a placeholder catalog", () => {
  it("shows no word a reader sees that does not come from the catalog, the dataset or a narrative", () => {
    const found = new Map<string, Set<string>>();
    const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const { document } = parseHTML(readFileSync(join(site, page), "utf8"));
      // The narrative is the writer's own text; code shows ids and file names, not words.
      for (const element of document.querySelectorAll(".narrative, code, script, style")) element.remove();
      // Text node by text node, so that words of neighbouring elements are not run together.
      const text = document.body.innerHTML.replace(/<[^>]+>/g, " ").replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " })[e]!);
      const texts = [
        text,
        document.title,
        ...[...document.querySelectorAll("[title], [aria-label], [alt], meta[content]")].flatMap((e) =>
          ["title", "aria-label", "alt", e.localName === "meta" && !/^(og|twitter):(title|description|image:alt)$|^description$/.test(e.getAttribute("property") ?? e.getAttribute("name") ?? "") ? "" : "content"]
            .filter(Boolean)
            .map((a) => e.getAttribute(a) ?? ""),
        ),
      ];
      for (const word of texts.flatMap(leftover)) found.set(word, (found.get(word) ?? new Set()).add(page));
    }
    expect([...found].map(([word, where]) => `${word} (${[...where].slice(0, 2).join(", ")})`)).toEqual([]);
  });

  it("still names every page and figure by its key, so the check has something to find", () => {
    const home = readFileSync(join(site, "index.html"), "utf8");
    expect(home).toContain("⟦pages.home.heading⟧");
    expect(home).toContain("⟦site.nav.periods⟧");
  });
});

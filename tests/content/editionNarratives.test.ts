import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { narrativeFrontMatter, splitNarrative } from "../../src/lib/narratives/frontMatter.ts";
import { pagePeriods } from "../../src/lib/periods/timeline.ts";
import { yearsCovered } from "../../src/lib/years/yearPeriods.ts";
import { builtPage } from "../helpers/builtSite.ts";
import { handTypedNumbers } from "../helpers/handTypedNumbers.ts";

const dataset = loadDataset("content/data");
const periods = pagePeriods(dataset).map((p) => p.id);
const years = yearsCovered(dataset);

/** The narratives of one edition and kind, by name. */
function narratives(edition: "az" | "ru", kind: "periods" | "years"): string[] {
  const dir = join("content", edition, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, "")).sort() : [];
}

describe.each(["az", "ru"] as const)("the %s narratives", (edition) => {
  it("cover period pages and years that exist, under their English names", () => {
    for (const id of narratives(edition, "periods")) expect(periods).toContain(id);
    for (const year of narratives(edition, "years")) expect(years).toContain(year);
  });

  const files = [...narratives(edition, "periods").map((id) => ["periods", id] as const), ...narratives(edition, "years").map((y) => ["years", y] as const)];
  it.skipIf(files.length === 0).each(files)("%s/%s types no number by hand, in digits or in the language's words, and has a headline, a summary and headings", (kind, name) => {
    const text = readFileSync(join("content", edition, kind, `${name}.md`), "utf8");
    expect(handTypedNumbers(text, edition)).toEqual([]);
    const { data, body } = splitNarrative(text)!;
    expect(narrativeFrontMatter.safeParse(data).error?.issues).toBeUndefined();
    expect(body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(files.length === 0).each(files)("%s/%s reads 200 to 500 words on the built page, in the edition's language", (kind, name) => {
    const page = builtPage(`/${edition}/${kind}/${name}/`);
    expect(page.documentElement.getAttribute("lang")).toBe(edition);
    const words = page.querySelector(".narrative")?.textContent?.trim().split(/\s+/).length ?? 0;
    expect(words).toBeGreaterThanOrEqual(200);
    expect(words).toBeLessThanOrEqual(500);
  });
});

it("spots numbers typed in Azerbaijani and Russian words (check of the check)", () => {
  expect(handTypedNumbers("Üç ay ərzində :fig[calls.received] zəng", "az")).toEqual(["line 1: Üç"]);
  expect(handTypedNumbers("За три месяца — :fig[calls.received] звонков", "ru")).toEqual(["line 1: три"]);
});

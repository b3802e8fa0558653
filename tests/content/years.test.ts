import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURE_REFERENCE, handTypedNumbers } from "../helpers/handTypedNumbers.ts";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { narrativeFrontMatter, splitNarrative } from "../../src/lib/narratives/frontMatter.ts";
import { yearsCovered } from "../../src/lib/years/yearPeriods.ts";
import { builtPage } from "../helpers/builtSite.ts";

const dir = resolve("content/years");
const dataset = loadDataset(resolve("content/data"));
const years = yearsCovered(dataset);
const withFullYear = new Set(dataset.periods.filter((p) => p.kind === "year" && !p.companionOf).map((p) => p.id));

function read(year: string) {
  const text = readFileSync(join(dir, `${year}.md`), "utf8");
  const { data, body } = splitNarrative(text) ?? { data: {}, body: "" };
  return { text, front: data as { title?: string; summary?: string }, body };
}

/** Figure references that name no period (the period attribute of :period[] is its label). */
function referencesWithoutPeriod(text: string): string[] {
  return [...text.matchAll(FIGURE_REFERENCE)].map((m) => m[0]).filter((ref) => !ref.startsWith(":period[") && !/\{[^}]*\b(period|over)=/.test(ref));
}

describe("annual summaries", () => {
  it("exist for every year the data cover, and only for those", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, "")).sort();
    expect(files).toEqual([...years].sort());
    expect(years).toEqual(["2024", "2023", "2021", "2018", "2011"]);
  });

  it("spots hand-typed numbers, in digits or in words (check of the check)", () => {
    expect(handTypedNumbers("Calls rose to 5,261 in :period[2024-11], seven months after :fig[calls.received]{period=2024-04} in 2024.")).toEqual([
      "line 1: 5,261",
      "line 1: seven",
    ]);
    expect(referencesWithoutPeriod(":fig[calls.received] and :fig[calls.received]{period=2024-11} in :period[2024-11]")).toEqual([":fig[calls.received]"]);
  });

  describe.each(years)("%s", (year) => {
    it("types no number by hand: every figure comes from a reference", () => {
      expect(handTypedNumbers(read(year).text)).toEqual([]);
    });

    it("names the period of every figure where the SMS published no full year to default to", () => {
      if (withFullYear.has(year)) return;
      expect(referencesWithoutPeriod(read(year).text)).toEqual([]);
    });

    it("has a title, a one-sentence summary and headings", () => {
      const { front, body } = read(year);
      expect(narrativeFrontMatter.safeParse(front).error?.issues).toBeUndefined();
      expect(front.title!.length).toBeGreaterThan(10);
      expect(body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    });

    it("reads 200 to 500 words on the built page", () => {
      const words = builtPage(`/years/${year}/`).querySelector(".narrative")?.textContent?.trim().split(/\s+/).length ?? 0;
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThanOrEqual(500);
    });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { handTypedNumbers } from "../helpers/handTypedNumbers.ts";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { narrativeFrontMatter, splitNarrative } from "../../src/lib/narratives/frontMatter.ts";
import { pagePeriods } from "../../src/lib/periods/timeline.ts";
import { builtPage } from "../helpers/builtSite.ts";

const dir = resolve("content/periods");
const periods = pagePeriods(loadDataset(resolve("content/data")));

function read(id: string) {
  const text = readFileSync(join(dir, `${id}.md`), "utf8");
  const { data, body } = splitNarrative(text) ?? { data: {}, body: "" };
  return { text, front: data as { title?: string; summary?: string }, body };
}

describe("narratives", () => {
  it("exist for every period page, and only for those", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, "")).sort();
    expect(files).toEqual(periods.map((p) => p.id).sort());
  });

  it("spots a hand-typed number (check of the check)", () => {
    expect(handTypedNumbers("Calls rose to 5,261 in :period[2024-11], :fig[calls.received]{period=2024-08} in 2024.")).toEqual(["line 1: 5,261"]);
  });

  describe.each(periods.map((p) => p.id))("%s", (id) => {
    it("types no number by hand: every figure comes from a reference", () => {
      expect(handTypedNumbers(read(id).text)).toEqual([]);
    });

    it("has a title, a one-sentence summary and headings", () => {
      const { front, body } = read(id);
      expect(narrativeFrontMatter.safeParse(front).error?.issues).toBeUndefined();
      expect(front.title!.length).toBeGreaterThan(10);
      expect(body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    });

    it("reads 200 to 500 words on the built page", () => {
      const words = builtPage(`/periods/${id}/`).querySelector(".narrative")?.textContent?.trim().split(/\s+/).length ?? 0;
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThanOrEqual(500);
    });
  });
});

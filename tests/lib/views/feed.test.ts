import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { feedView } from "../../../src/lib/views/feed.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const model = buildSiteModel(loadDataset(FIXTURE_DATASET));

describe("feedView", () => {
  it("has one item per period page, newest first, the undated block last", () => {
    const feed = feedView(model, new Map());
    expect(feed.items.map((i) => i.link)).toEqual(["/periods/2024-h1/", "/periods/2024-02/", "/periods/2024-01/", "/periods/2018-h1/", "/periods/undated/"]);
  });

  it("names the feed and describes it in words of its own, with nothing left unfilled", () => {
    const feed = feedView(model, new Map());
    expect(feed.title.length).toBeGreaterThan(0);
    expect(feed.description.length).toBeGreaterThan(0);
    expect(`${feed.title} ${feed.description}`).not.toMatch(/undefined|null|\[object/);
  });

  it("titles an item by its period and narrative headline, and describes it by the summary", () => {
    const feed = feedView(model, new Map([["2024-01", { title: "Fewer applications", summary: "A short summary." }]]));
    expect(feed.items[2]).toEqual({ title: "January 2024: Fewer applications", link: "/periods/2024-01/", description: "A short summary.", date: "2026-01-10" });
  });

  it("dates each period by its first publication here, and announces a revised figure on the day it changed, newest first", () => {
    const fixture = loadDataset(FIXTURE_DATASET);
    const revised = buildSiteModel({
      ...fixture,
      periods: fixture.periods.map((p) => (p.id === "2018-h1" ? { ...p, published: "2026-03-01" } : p)),
      revisions: [{ period: "2024-01", metric: "decisions.total", oldValue: 1830, newValue: 1826, date: "2026-02-01", kind: "correction", reason: "Mistyped in transcription.", document: "bulletin", line: 2 }],
    });
    const items = feedView(revised, new Map()).items;
    expect(items.map((i) => [i.date, i.link])).toEqual([
      ["2026-03-01", "/periods/2018-h1/"],
      ["2026-02-01", "/periods/2024-01/#fig-decisions.total"],
      ["2026-01-10", "/periods/2024-h1/"],
      ["2026-01-10", "/periods/2024-02/"],
      ["2026-01-10", "/periods/2024-01/"],
      ["2026-01-10", "/periods/undated/"],
    ]);
    expect(items[1]).toMatchObject({ title: "Revised: Decisions on breaches, January 2024", description: "1,830 → 1,826 (correction of this report's error). Mistyped in transcription." });
  });

  it("titles an item without a narrative by its period alone", () => {
    const item = feedView(model, new Map()).items[0]!;
    expect(item.title).toBe("First half of 2024");
    expect(item.description).toContain("First half of 2024");
  });
});

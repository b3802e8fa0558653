import { describe, expect, it } from "vitest";
import type { Dataset, Period } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { yearListView, yearView } from "../../../src/lib/views/yearPages.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);
const year = (y: string) => model.years.find((p) => p.year === y)!;

/** The fixture with the SMS's total for 2024 as a whole: 300,000 applications. */
function withFullYear(): Dataset {
  const h1 = fixture.periods.find((p) => p.id === "2024-h1")!;
  const full: Period = { ...h1, id: "2024", label: "2024", kind: "year", end: "2024-12-31", sourceLabel: "2024" };
  return {
    ...fixture,
    periods: [...fixture.periods, full],
    observations: [...fixture.observations, { period: "2024", metric: "stay.applications", value: 300000, raw: "300000", document: "bulletin", line: 7 }],
  };
}

describe("yearListView", () => {
  it("lists the years newest first, each with its periods in time order", () => {
    const list = yearListView(model, new Map());
    expect(list.map((y) => [y.year, y.href, y.heading])).toEqual([
      ["2024", "/years/2024/", "2024"],
      ["2018", "/years/2018/", "2018"],
    ]);
    expect(list[0]!.periods).toEqual([
      { label: "January 2024", href: "/periods/2024-01/" },
      { label: "February 2024", href: "/periods/2024-02/" },
      { label: "First half of 2024", href: "/periods/2024-h1/" },
    ]);
    expect(list[1]!.periods.map((p) => p.href)).toEqual(["/periods/2018-h1/"]);
    expect(list[0]!.summary).toBeUndefined();
  });

  it("takes the heading and summary of a year's narrative", () => {
    const [entry] = yearListView(model, new Map([["2024", { title: "A busy half-year", summary: "In short." }]]));
    expect([entry!.heading, entry!.summary]).toEqual(["2024: A busy half-year", "In short."]);
  });

  it("tells a year published as a whole from an incomplete one", () => {
    const complete = buildSiteModel(withFullYear());
    const [y2024, y2018] = yearListView(complete, new Map());
    expect(y2024!.status).not.toBe(y2018!.status);
    expect(y2018!.status).toBe(yearListView(model, new Map())[0]!.status);
  });
});

describe("yearView", () => {
  it("describes what the report has for the year, kind by kind", () => {
    const view = yearView(model, year("2024"));
    expect(view.coverage.complete).toBe(false);
    expect(view.entries.map((e) => e.periods.map((p) => p.id))).toEqual([[], ["2024-01", "2024-02"], ["2024-h1"]]);
    expect(view.entries[1]!.periods.map((p) => p.href)).toEqual(["/periods/2024-01/", "/periods/2024-02/"]);
    expect(view.runningTitle).toMatch(/^2024\b/);
    expect(`${view.runningTitle} ${view.status} ${view.description}`).not.toMatch(/undefined|null|\[object/);
  });

  it("links a comparison period to the page of the period it is printed with", () => {
    const view = yearView(model, year("2018"));
    const printedWith = view.entries.flatMap((e) => e.periods).find((p) => p.id === "2017-h1")!;
    expect(printedWith.href).toBe("/periods/2018-h1/");
    expect(printedWith.kind).toContain("First half of 2018");
  });

  it("sets the months side by side in charts of their own, without download files", () => {
    const view = yearView(model, year("2024"));
    expect(view.chartGroups.map((g) => [g.id, g.charts.map((c) => [c.chart.id, c.downloads])])).toEqual([["months", [["year-2024-months-stay.applications", false]]]]);
  });

  it("keeps the cumulative period's charts from its page, with their download files", () => {
    const view = yearView(model, year("2018"));
    expect(view.chartGroups.map((g) => [g.id, g.charts.map((c) => [c.chart.id, c.downloads])])).toEqual([["cumulative", [["2018-h1-change-2017-h1", true]]]]);
  });

  it("gives tables for the months and the cumulative periods, apart", () => {
    const view = yearView(model, year("2024"));
    expect(view.tableSets.map((s) => [s.id, s.tables[0]!.columns.map((p) => p.id)])).toEqual([
      ["months", ["2024-01", "2024-02"]],
      ["cumulative", ["2024-h1"]],
    ]);
    // Only a set with two columns or more says it has one column per period.
    expect(view.tableSets[0]!.intro.length).toBeGreaterThan(view.tableSets[1]!.intro.length);
    expect(yearView(model, year("2018")).tableSets.map((s) => [s.id, s.tables[0]!.columns.map((p) => p.id)])).toEqual([["cumulative", ["2018-h1", "2017-h1"]]]);
  });

  it("shows the notes of the year's periods and their companions", () => {
    expect(yearView(model, year("2024")).notes.map((n) => n.kind)).toEqual(["breakdown-gap"]);
    expect(yearView(model, year("2018")).notes.map((n) => n.kind)).toEqual(["claim-mismatch"]);
  });

  it("lists the contents the page has, and only those", () => {
    const view = yearView(model, year("2024"));
    expect(view.contents.map((c) => c.id)).toEqual(["year-periods", "year-charts", "tables-months", "tables-cumulative", "year-notes"]);
    expect(view.contents[2]!.text).toBe(view.tableSets[0]!.heading);
    // Without the claimed change, 2018 has no note.
    const noClaim = buildSiteModel({ ...fixture, observations: fixture.observations.filter((o) => o.metric !== "foreigners.registered.claimed-change") });
    expect(yearView(noClaim, noClaim.years.find((y) => y.year === "2018")!).contents.map((c) => c.id)).toEqual(["year-periods", "year-charts", "tables-cumulative"]);
  });

  it("puts the narrative's own section headings in the contents, after what the report has", () => {
    const headings = [
      { depth: 2, slug: "the-first-half", text: "The first half" },
      { depth: 3, slug: "a-detail", text: "A detail" },
      { depth: 2, slug: "what-is-missing", text: "What is missing" },
    ];
    const view = yearView(model, year("2024"), { title: "A busy half-year", summary: "In short." }, headings);
    expect(view.contents.slice(0, 3)).toEqual([
      { id: "year-periods", text: yearView(model, year("2024")).contents[0]!.text },
      { id: "the-first-half", text: "The first half" },
      { id: "what-is-missing", text: "What is missing" },
    ]);
    expect(view.contents.map((c) => c.id)).not.toContain("a-detail");
  });

  it("titles the page by the narrative's headline when there is one", () => {
    const plain = yearView(model, year("2024"));
    expect(plain.title).toBe(`2024: ${plain.heading}`);
    const told = yearView(model, year("2024"), { title: "A busy half-year", summary: "In short." });
    expect([told.title, told.heading, told.description]).toEqual(["2024: A busy half-year", "A busy half-year", "In short."]);
  });

  it("says a year with a total of its own is complete", () => {
    const complete = buildSiteModel(withFullYear());
    const view = yearView(complete, complete.years.find((y) => y.year === "2024")!);
    expect(view.coverage.complete).toBe(true);
    expect(view.entries[0]!.periods.map((p) => p.id)).toEqual(["2024"]);
    expect(view.tableSets.map((s) => s.id)).toEqual(["months", "cumulative", "full-year"]);
    expect(view.tableSets[2]!.tables[0]!.rows.map((r) => r.cells[0]?.value)).toEqual([300000]);
  });
});

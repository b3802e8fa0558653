import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);
const ids = (periods: readonly { id: string }[]) => periods.map((p) => p.id);


describe("look-ups by id", () => {
  it("finds each kind of entry by its id", () => {
    expect(model.periods.get("2024-h1").label).toBe("First half of 2024");
    expect(model.metrics.get("decisions.fine").parent).toBe("decisions.total");
    expect(model.documents.get("release").numberFormat).toBe("grouped-any");
    expect(model.units.get("percent").fractional).toBe(true);
    expect(model.groups.get("illegal-migration").label).toBe("Irregular migration");
    expect(model.periods.all).toBe(fixture.periods);
    expect(model.metrics.all).toHaveLength(6);
  });

  it("returns nothing from find and fails loudly from get on an unknown id", () => {
    expect(model.periods.find("2024-13")).toBeUndefined();
    expect(model.periods.find("2024-01")?.kind).toBe("month");
    expect(() => model.periods.get("2024-13")).toThrow('no period "2024-13" in the dataset');
    expect(() => model.metrics.get("calls.received")).toThrow(/no metric "calls\.received"/);
    expect(() => model.documents.get("bulletins")).toThrow(/no document "bulletins"/);
    expect(() => model.units.get("calls")).toThrow(/no unit "calls"/);
    expect(() => model.groups.get("asan")).toThrow(/no group "asan"/);
  });
});

describe("figuresOf", () => {
  it("gives a published period its own published figures, not its companions'", () => {
    expect(model.figuresOf(model.periods.get("2024-01")).map((o) => [o.metric, o.value])).toEqual([
      ["stay.applications", 27328],
      ["decisions.total", 1826],
      ["decisions.expulsion", 844],
      ["decisions.fine", 837],
    ]);
    // 2018-h1: the figure and the stated change; 2017-h1's figure is its own.
    expect(model.figuresOf(model.periods.get("2018-h1")).map((o) => o.metric)).toEqual(["foreigners.registered", "foreigners.registered.claimed-change"]);
    expect(model.figuresOf(model.periods.get("2017-h1")).map((o) => o.value)).toEqual([747107]);
  });

  it("gives a derived period the figures this report computes for it", () => {
    const computed = buildSiteModel(withComputedMarch(fixture));
    const figures = computed.figuresOf(computed.periods.get("2024-03"));
    // Only applications are in all three inputs: 164,503 − 27,328 − 19,155 = 118,020.
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ period: "2024-03", metric: "stay.applications", value: 118020 });
    expect(figures[0] && "formula" in figures[0] ? figures[0].formula : undefined).toBe("First half of 2024 − January 2024 − February 2024");
    expect(computed.derived).toEqual(figures);
    expect(computed.figures.get("2024-03", "stay.applications")?.status).toBe("derived");
  });

  it("gives a period without figures an empty list", () => {
    const february = model.periods.get("2024-02");
    expect(model.figuresOf({ ...february, id: "2024-05" })).toEqual([]);
    expect(model.derived).toEqual([]);
  });
});

describe("pages, time axis and companions", () => {
  it("gives every period but the comparison period a page, and orders the dated ones by their last day", () => {
    expect(ids(model.pagePeriods)).toEqual(["2024-01", "2024-h1", "2024-02", "undated", "2018-h1"]);
    // Ends: 2018-06-30, 2024-01-31, 2024-02-29, 2024-06-30; the undated block has none.
    expect(ids(model.timeline)).toEqual(["2018-h1", "2024-01", "2024-02", "2024-h1"]);
  });

  it("shows a period with the companions printed beside it", () => {
    expect(ids(model.shownOn("2018-h1"))).toEqual(["2018-h1", "2017-h1"]);
    expect(ids(model.shownOn("2024-01"))).toEqual(["2024-01"]);
    expect(model.shownOn("2024-13")).toEqual([]);
  });
});

describe("gaps and notes", () => {
  it("finds the gap of a total and its parts by period and total", () => {
    // 1,826 − (844 + 837) = 145.
    expect(model.gapOf("2024-01", "decisions.total")).toEqual({
      period: "2024-01",
      parent: "decisions.total",
      total: 1826,
      parts: ["decisions.expulsion", "decisions.fine"],
      itemised: 1681,
      gap: 145,
    });
    // The half-year gives the total without parts; a part is no total.
    expect(model.gapOf("2024-h1", "decisions.total")).toBeUndefined();
    expect(model.gapOf("2024-01", "decisions.fine")).toBeUndefined();
    expect(model.gaps).toHaveLength(1);
  });

  it("gives a page the notes of every period it shows, companions included", () => {
    expect(model.notes.map((n) => `${n.period} ${n.kind}`)).toEqual(["2024-01 breakdown-gap", "undated unknown-period", "2018-h1 claim-mismatch"]);
    expect(model.notesOf(model.shownOn("2018-h1")).map((n) => n.kind)).toEqual(["claim-mismatch"]);
    expect(model.notesOf(model.shownOn("2024-h1"))).toEqual([]);
    expect(model.notesOf([model.periods.get("2024-01"), model.periods.get("undated")]).map((n) => n.period)).toEqual(["2024-01", "undated"]);
  });

  it("attaches a note of a companion to the page that prints it", () => {
    // Move the stated change to the comparison period: its note then belongs to 2017-h1, shown on 2018-h1.
    const moved = buildSiteModel({
      ...fixture,
      observations: fixture.observations.map((o) => (o.metric === "foreigners.registered.claimed-change" ? { ...o, period: "2017-h1", vs: "2018-h1" } : o)),
    });
    expect(moved.notesOf(moved.shownOn("2018-h1")).map((n) => `${n.period} ${n.kind}`)).toEqual(["2017-h1 claim-mismatch"]);
  });
});

describe("charts, indicators and years", () => {
  it("catalogues the charts of every page and indicator", () => {
    expect(model.charts.all.map((c) => c.id)).toEqual([
      "2024-01-parts-decisions.total",
      "2024-01-compare-stay.applications",
      "2024-02-compare-stay.applications",
      "2018-h1-change-2017-h1",
      // A kind of period with one figure gets no chart (decisions.total has one month, one half-year).
      "indicator-stay.applications-month",
      "indicator-foreigners.registered-half-year",
    ]);
    expect(model.charts.ofPeriod("2024-h1")).toEqual([]);
    expect(model.charts.ofMetric("foreigners.registered").map((c) => c.id)).toEqual(["indicator-foreigners.registered-half-year"]);
  });

  it("follows the metrics published for two periods or more, never a stated change", () => {
    // Applications: 4 periods; decisions: 2; foreigners: 2 (with the comparison period); expulsions and fines: 1.
    expect(model.indicators.map((m) => m.id)).toEqual(["stay.applications", "decisions.total", "foreigners.registered"]);
  });

  it("lists the years with a page, newest first, each with its periods by kind", () => {
    expect(model.years.map((y) => y.year)).toEqual(["2024", "2018"]);
    const [y2024, y2018] = model.years;
    expect(ids(y2024!.months)).toEqual(["2024-01", "2024-02"]);
    expect(ids(y2024!.cumulative)).toEqual(["2024-h1"]);
    expect(y2024!.fullYear).toBeUndefined();
    expect(ids(y2018!.companions)).toEqual(["2017-h1"]);
  });
});

describe("svg", () => {
  it("draws each chart once, for its page and its download alike", () => {
    const model = buildSiteModel(loadDataset(FIXTURE_DATASET));
    const chart = model.charts.all[0]!;
    const svg = model.svg(chart);
    expect(svg).toMatch(/^<svg /);
    expect(model.svg(chart)).toBe(svg);
    expect(model.svg({ ...chart })).toBe(svg);
  });
});

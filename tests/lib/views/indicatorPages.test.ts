import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { indicatorListView, indicatorView } from "../../../src/lib/views/indicatorPages.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);

describe("indicatorListView", () => {
  const list = indicatorListView(model);

  it("lists the indicators by topic, each linked to its page", () => {
    expect(list.topics.map((t) => [t.group.id, t.metrics.map((m) => [m.label, m.href])])).toEqual([
      [
        "legal-migration",
        [
          ["Applications for registration", "/indicators/stay.applications/"],
          ["Foreigners registered", "/indicators/foreigners.registered/"],
        ],
      ],
      ["illegal-migration", [["Decisions on breaches", "/indicators/decisions.total/"]]],
    ]);
    // Three indicators: applications, decisions, foreigners.
    expect(list.description).toMatch(/^3 /);
  });

  it("says how far each indicator reaches: its periods, the first and last in time, and the undated ones", () => {
    const reach = Object.fromEntries(list.topics.flatMap((t) => t.metrics.map((m) => [m.label, m.reach])));
    // Applications: January, February, the half-year and the undated block, 4 in all.
    expect(reach["Applications for registration"]).toBe("4 periods, January 2024 to First half of 2024, plus 1 undated");
    // Foreigners: 2017-h1 (the comparison period) and 2018-h1, none undated.
    expect(reach["Foreigners registered"]).toMatch(/^2\b/);
    expect(reach["Foreigners registered"]).toContain("First half of 2017");
    expect(reach["Foreigners registered"]).toContain("First half of 2018");
    expect(reach["Foreigners registered"]).not.toContain("undated");
    expect(reach["Decisions on breaches"]).toMatch(/^2\b.*January 2024.*First half of 2024/);
  });

  it("leaves out a topic without indicators", () => {
    const legalOnly = { ...fixture, observations: fixture.observations.filter((o) => !o.metric.startsWith("decisions.")) };
    expect(indicatorListView(buildSiteModel(legalOnly)).topics.map((t) => t.group.id)).toEqual(["legal-migration"]);
  });
});

describe("indicatorView", () => {
  it("gives the metric's topic, unit, charts and one row per figure with its kind of period", () => {
    const view = indicatorView(model, model.metrics.get("stay.applications"));
    expect([view.group, view.unit]).toEqual(["Legal migration", "applications"]);
    expect(view.count).toMatch(/^4\b/);
    expect(view.charts.map((c) => c.id)).toEqual(["indicator-stay.applications-month"]);
    // The one half-year is shown as a figure, with its kind of period, its words and its source.
    expect(view.singles.map((s) => [s.kind, s.row.figure.period.id, s.row.display, s.unitWord])).toEqual([["Six months (cumulative)", "2024-h1", "164,503", "applications"]]);
    // Dated in time order (31 Jan, 29 Feb, 30 Jun), then the undated block.
    expect(view.rows.map((r) => [r.figure.period.id, r.figure.value])).toEqual([
      ["2024-01", 27328],
      ["2024-02", 19155],
      ["2024-h1", 164503],
      ["undated", 21102],
    ]);
    // Each row names its kind of period: the two months alike, the half-year and the undated block apart.
    const [january, february, h1, undated] = view.rows.map((r) => r.kind);
    expect(january).toBe(february);
    expect(new Set([january, h1, undated]).size).toBe(3);
    expect(view.parent).toBeUndefined();
    expect(view.parts).toEqual([]);
  });

  it("links a part to its total, and a total to the parts that have pages", () => {
    // Expulsions also in the half-year (5,000): a series of two periods, so a page of its own.
    const withExpulsions = buildSiteModel({
      ...fixture,
      observations: [...fixture.observations, { period: "2024-h1", metric: "decisions.expulsion", value: 5000, raw: "5000", document: "bulletin", line: 7 }],
    });
    expect(indicatorView(withExpulsions, withExpulsions.metrics.get("decisions.expulsion")).parent).toEqual({ label: "Decisions on breaches", href: "/indicators/decisions.total/" });
    // Fines appear in January only: no page, so not listed among the parts.
    expect(indicatorView(withExpulsions, withExpulsions.metrics.get("decisions.total")).parts).toEqual([{ label: "Expulsions", href: "/indicators/decisions.expulsion/" }]);
    expect(indicatorView(model, model.metrics.get("decisions.total")).parts).toEqual([]);
  });

  it("names a total without a page of its own without linking it", () => {
    // Without the half-year's decisions, the total is published for January only.
    const januaryOnly = buildSiteModel({ ...fixture, observations: fixture.observations.filter((o) => !(o.period === "2024-h1" && o.metric === "decisions.total")) });
    expect(indicatorView(januaryOnly, januaryOnly.metrics.get("decisions.fine")).parent).toEqual({ label: "Decisions on breaches", href: undefined });
  });
});

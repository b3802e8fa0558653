import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { monthCharts, yearCharts } from "../../../src/lib/years/yearCharts.ts";
import { yearPeriods } from "../../../src/lib/years/yearPeriods.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { placeholderCatalog } from "../../../src/lib/i18n/placeholder.ts";
import { FIXTURE_DATASET, chartSources, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const sources = buildSiteModel(fixture);


describe("monthCharts", () => {
  it("sets the year's months side by side, one chart per figure they share", () => {
    const charts = monthCharts(sources, yearPeriods(fixture, "2024"));
    expect(charts.map((c) => c.id)).toEqual(["year-2024-months-stay.applications"]);
    expect(charts[0]!.rows.map((r) => [r.label, r.value, r.status])).toEqual([
      ["January 2024", 27328, "published"],
      ["February 2024", 19155, "published"],
    ]);
    expect(charts[0]!.title).toBe("Applications for registration: the months of 2024");
    expect(charts[0]!.finding).toBe("Across the 2 months, the figure ranges from 19,155 applications in February 2024 to 27,328 applications in January 2024. Gaps are months with no figure of their own.");
    expect(charts[0]!.label).toBe("Bar chart over time: Applications for registration: the months of 2024");
    expect(charts[0]!.columns).toEqual(["Month", "Applications"]);
  });

  it("never puts a cumulative period among the months", () => {
    for (const chart of monthCharts(sources, yearPeriods(fixture, "2024"))) expect(chart.rows.map((r) => r.label)).not.toContain("First half of 2024");
  });

  it("shows a month computed by this report as computed, with its formula", () => {
    const dataset = withComputedMarch(fixture);
    const [chart] = monthCharts(chartSources(dataset), yearPeriods(dataset, "2024"));
    expect(chart!.rows.at(-1)).toMatchObject({ label: "March 2024 (derived)", value: 164503 - 27328 - 19155, status: "derived" });
    expect(chart!.notes).toContainEqual({ status: "derived", text: "March 2024 (derived) = First half of 2024 − January 2024 − February 2024." });
    expect(chart!.finding).toContain("(1 computed by this report)");
  });

  it("draws nothing for a year with fewer than two different months", () => {
    expect(monthCharts(sources, yearPeriods(fixture, "2018"))).toEqual([]);
    const sameMonthTwice = {
      ...fixture,
      periods: fixture.periods.map((p) => (p.id === "2024-02" ? { ...p, start: "2024-01-01", end: "2024-01-31" } : p)),
    };
    expect(monthCharts(chartSources(sameMonthTwice, []), yearPeriods(sameMonthTwice, "2024"))).toEqual([]);
  });
});

describe("yearCharts", () => {
  it("keeps the charts of the cumulative periods in a group of their own, taken from their pages", () => {
    const groups = yearCharts(sources, yearPeriods(fixture, "2018"));
    expect(groups.map((g) => g.id)).toEqual(["cumulative"]);
    expect(groups[0]!.charts.map((c) => c.id)).toEqual(["2018-h1-change-2017-h1"]);
  });

  it("leaves out groups without charts", () => {
    expect(yearCharts(sources, yearPeriods(fixture, "2024")).map((g) => g.id)).toEqual(["months"]);
  });

  it("heads each group in the words of the edition", () => {
    expect(yearCharts(sources, yearPeriods(fixture, "2024")).map((g) => g.heading)).toEqual(["The months of 2024 side by side"]);
    expect(yearCharts(sources, yearPeriods(fixture, "2018")).map((g) => g.heading)).toEqual(["Cumulative periods"]);
    const placeholders = { ...sources, m: placeholderCatalog(en) };
    const [months] = yearCharts(placeholders, yearPeriods(fixture, "2024"));
    expect(months!.heading).toBe("⟦charts.year.months⟧");
    expect([months!.charts[0]!.title, months!.charts[0]!.finding, months!.charts[0]!.label, months!.charts[0]!.columns[0]]).toEqual([
      "⟦charts.year.title⟧",
      "⟦charts.year.finding⟧",
      "⟦charts.label.overTime⟧",
      "⟦charts.year.column⟧",
    ]);
  });
});

describe("the chart catalog of the site model", () => {
  it("knows the period pages' charts have download files and the month charts of a year have none", () => {
    expect(sources.charts.ids.has("2018-h1-change-2017-h1")).toBe(true);
    expect(sources.charts.ids.has("year-2024-months-stay.applications")).toBe(false);
  });
});

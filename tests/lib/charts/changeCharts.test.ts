import { describe, expect, it } from "vitest";
import { changeChart, computedChange, statedChange } from "../../../src/lib/charts/changeCharts.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);
const period = (id: string) => dataset.periods.find((p) => p.id === id)!;
const own = (id: string, in_ = sources) => in_.figures.ofPeriod(id).filter((f) => !f.metric.claim);
/** The fixture without the figures of the first half of 2017, whose changes the source still states. */
const withoutComparison = chartSources({ ...dataset, observations: dataset.observations.filter((o) => o.period !== "2017-h1") }, []);

describe("changeChart", () => {
  it("computes the change from the comparison period printed in the same document", () => {
    expect(changeChart(sources, period("2018-h1"), own("2018-h1"))).toMatchObject({ vs: "2017-h1", chart: { id: "2018-h1-change-2017-h1" } });
  });

  it("falls back on the changes the source states where it prints no figures for the earlier period", () => {
    expect(changeChart(withoutComparison, period("2018-h1"), own("2018-h1", withoutComparison))).toMatchObject({ vs: "2017-h1", chart: { id: "2018-h1-stated-change-2017-h1" } });
  });

  it("draws nothing for a period without a comparison", () => {
    expect(changeChart(sources, period("2024-01"), own("2024-01"))).toBeUndefined();
  });
});

describe("computedChange", () => {
  it("charts each figure published for both periods as a percent change", () => {
    const { chart } = computedChange(sources, period("2018-h1"), period("2017-h1"), own("2018-h1"))!;
    expect(chart.rows).toEqual([{ label: "Foreigners registered", href: "/periods/2018-h1/#fig-foreigners.registered", value: chart.rows[0]!.value, display: "up 10.7%", status: "published" }]);
    expect(chart.title).toBe("Change from First half of 2017 to First half of 2018, figure by figure");
    expect(chart.finding).toBe("The one figure published for both periods rose; the largest change is in foreigners registered, up 10.7%.");
    expect(chart.label).toBe("Bar chart: Change from First half of 2017 to First half of 2018, figure by figure, as percent changes");
    expect(chart.columns).toEqual(["Figure", "Change"]);
    expect(chart.notes.at(-1)!.text).toMatch(/^The changes are computed by this report/);
    expect(chart.csv.records).toEqual([["foreigners.registered", "Foreigners registered", "2017-h1", 747107, "2018-h1", 827352, 10.74, "published"]]);
    expect(valueMarks(renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label }))).toHaveLength(1);
  });

  it("counts the rises among several figures", () => {
    const observations = [...dataset.observations, { period: "2018-h1", metric: "stay.applications", value: 80, raw: "80", document: "release", line: 2 }, { period: "2017-h1", metric: "stay.applications", value: 100, raw: "100", document: "release", line: 2 }];
    const more = chartSources({ ...dataset, observations }, []);
    const { chart } = computedChange(more, period("2018-h1"), period("2017-h1"), own("2018-h1", more))!;
    expect(chart.finding).toBe("1 of the 2 figures published for both periods rose; the largest change is in applications for registration, down 20.0%.");
    expect(chart.rows.map((r) => r.display)).toEqual(["up 10.7%", "down 20.0%"]);
  });

  it("draws nothing without a figure published for both periods", () => {
    expect(computedChange(sources, period("2024-01"), period("2017-h1"), own("2024-01"))).toBeUndefined();
  });
});

describe("statedChange", () => {
  it("charts the changes as the source prints them", () => {
    const { chart } = statedChange(withoutComparison, period("2018-h1"), "2017-h1")!;
    expect(chart.rows.map((r) => [r.label, r.display, r.href])).toEqual([["Foreigners registered", "+10%", "/periods/2018-h1/#fig-foreigners.registered.claimed-change"]]);
    expect(chart.title).toBe("Change from First half of 2017 to First half of 2018, as the source states it");
    expect(chart.finding).toBe("The source gives no figures for First half of 2017, only changes from it: foreigners registered +10%.");
    expect(chart.notes).toEqual([{ text: "Percent changes as the source prints them, rounded as printed." }]);
    expect(chart.columns).toEqual(["Figure", "Change as stated"]);
    expect(chart.csv.records).toEqual([["foreigners.registered.claimed-change", "Foreigners registered", "2017-h1", 10, "published"]]);
  });

  it("counts the stated changes where the source also prints the earlier figures", () => {
    const { chart } = statedChange(sources, period("2018-h1"), "2017-h1")!;
    expect(chart.finding).toBe("The source states the change from First half of 2017 for 1 figures: foreigners registered +10%.");
  });
});

import { describe, expect, it } from "vitest";
import { breakdownChart, breakdowns, groupedBreakdown, sideBySide } from "../../../src/lib/charts/breakdownCharts.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);
const own = (id: string, in_ = sources) => in_.figures.ofPeriod(id).filter((f) => !f.metric.claim);

/** The fixture with the fines filed under legal migration, so that January's decisions span two topics. */
function withFinesUnderLegalMigration() {
  const metrics = dataset.metrics.map((m) => (m.id === "decisions.fine" ? { ...m, group: "legal-migration" } : m));
  return chartSources({ ...dataset, metrics }, []);
}

/** The fixture with January's parts adding up to `expulsions` + 837 against a total of 1,826. */
function withExpulsions(expulsions: number) {
  const observations = dataset.observations.map((o) => (o.period === "2024-01" && o.metric === "decisions.expulsion" ? { ...o, value: expulsions } : o));
  return chartSources({ ...dataset, observations }, []);
}

describe("breakdowns", () => {
  it("finds the totals that come with two or more of their parts", () => {
    const found = breakdowns(sources, own("2024-01"));
    expect(found.map((b) => [b.parent.metric.id, b.parts.map((p) => p.metric.id), b.chart.id])).toEqual([
      ["decisions.total", ["decisions.expulsion", "decisions.fine"], "2024-01-parts-decisions.total"],
    ]);
    expect(breakdowns(sources, own("2024-h1"))).toEqual([]);
  });
});

describe("breakdownChart", () => {
  const [{ parent, parts }] = breakdowns(sources, own("2024-01")) as [ReturnType<typeof breakdowns>[number]];

  it("breaks a total into its parts, largest first, with the unexplained rest as a computed bar of its own", () => {
    const chart = breakdownChart(sources, parent, parts);
    expect(chart.rows.map((r) => [r.label, r.value, r.status])).toEqual([
      ["Expulsions", 844, "published"],
      ["Fines", 837, "published"],
      ["Not itemised in the source", 145, "derived"],
    ]);
    expect(chart.title).toBe("January 2024: decisions on breaches, by kind");
    expect(chart.finding).toBe("The largest part is expulsions: 844 of 1,826 decisions (46.2%). 145 decisions are not itemised in the source.");
    expect(chart.notes).toEqual([{ status: "derived", text: "“Not itemised in the source” = the total minus the parts the source lists." }]);
    expect(chart.label).toBe("Bar chart: January 2024: decisions on breaches, by kind");
    expect(chart.columns).toEqual(["Part of the total", "Decisions"]);
    expect(chart.csv.records.at(-1)).toEqual(["2024-01", "", "Not itemised in the source", 145, "computed by this report"]);
    expect(valueMarks(renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label }))).toHaveLength(3);
  });

  it("says so when one item is left unexplained, and when the parts add up to more than the total", () => {
    const one = withExpulsions(988);
    const [single] = breakdowns(one, own("2024-01", one));
    expect(single!.chart.finding).toMatch(/ 1 decision is not itemised in the source\.$/);
    const over = withExpulsions(1000);
    const [more] = breakdowns(over, own("2024-01", over));
    expect(more!.chart.finding).toMatch(/ The parts the source lists add up to 11 more than the total it states\.$/);
    expect(more!.chart.rows.map((r) => r.label)).not.toContain("Not itemised in the source");
  });
});

describe("groupedBreakdown", () => {
  it("sums a total's parts by topic, computed by this report", () => {
    const grouped = withFinesUnderLegalMigration();
    const [{ parent, parts }] = breakdowns(grouped, own("2024-01", grouped)) as [ReturnType<typeof breakdowns>[number]];
    const chart = groupedBreakdown(grouped, parent, parts)!;
    expect(chart.id).toBe("2024-01-topics-decisions.total");
    expect(chart.rows.map((r) => [r.label, r.value])).toEqual([["Irregular migration", 844], ["Legal migration", 837]]);
    expect(chart.finding).toBe("Irregular migration accounts for 46.2% of the 1,826 decisions.");
    expect(chart.notes.at(-1)).toEqual({ text: "Each topic adds up the parts the source lists under it; the sums are computed by this report." });
    expect(chart.columns).toEqual(["Topic", "Decisions"]);
    expect(chart.csv).toEqual({ header: ["period", "topic", "value", "status"], records: [["2024-01", "Irregular migration", 844, "published"], ["2024-01", "Legal migration", 837, "published"]] });
  });

  it("draws nothing for parts of one topic", () => {
    const [{ parent, parts }] = breakdowns(sources, own("2024-01")) as [ReturnType<typeof breakdowns>[number]];
    expect(groupedBreakdown(sources, parent, parts)).toBeUndefined();
  });
});

describe("sideBySide", () => {
  /** A made-up year with three totals counted in applications. */
  function year(): Dataset {
    const period = { ...dataset.periods.find((p) => p.id === "2024-h1")!, id: "2023", label: "2023", kind: "year" as const, start: "2023-01-01", end: "2023-12-31" };
    const extra = (id: string, label: string) => ({ ...dataset.metrics.find((m) => m.id === "stay.applications")!, id, label, definition: `${label}.` });
    const figure = (metric: string, value: number, line: number) => ({ period: "2023", metric, value, raw: String(value), document: "bulletin", line });
    return {
      ...dataset,
      periods: [...dataset.periods, period],
      metrics: [...dataset.metrics, extra("work.applications", "Work permit applications"), extra("citizenship.applications", "Citizenship applications")],
      observations: [...dataset.observations, figure("stay.applications", 41801, 1), figure("citizenship.applications", 307, 2), figure("work.applications", 12450, 3)],
    };
  }

  it("sets three or more separate totals of one unit side by side, largest first", () => {
    const in2023 = chartSources(year(), []);
    const chart = sideBySide(in2023, own("2023", in2023), new Set())!;
    expect(chart.id).toBe("2023-side-by-side-applications");
    expect(chart.title).toBe("2023: applications by line of work");
    expect(chart.rows.map((r) => [r.label, r.value])).toEqual([
      ["Applications for registration", 41801],
      ["Work permit applications", 12450],
      ["Citizenship applications", 307],
    ]);
    expect(chart.finding).toBe("The largest is applications for registration, with 41,801 applications; the source gives these figures separately, not as parts of one total.");
    expect(chart.columns).toEqual(["Figure", "Applications"]);
  });

  it("leaves out figures already charted, and draws nothing for fewer than three", () => {
    const in2023 = chartSources(year(), []);
    const figures = own("2023", in2023);
    expect(sideBySide(in2023, figures, new Set(figures.slice(0, 1)))).toBeUndefined();
    expect(sideBySide(sources, own("2024-01"), new Set())).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { buildFigureIndex, inTimeOrder, periodStatus, statusNotes, worstStatus, type ComputedFigure } from "../../../src/lib/charts/figures.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Period } from "../../../src/lib/dataset/types.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const period = (id: string) => dataset.periods.find((p) => p.id === id)!;

/** The fixture with a March 2024 computed from the half-year, and a February whose label the source used twice. */
function withComputedMarch() {
  const march: Period = { ...period("2024-02"), id: "2024-03", label: "March 2024 (derived)", start: "2024-03-01", end: "2024-03-31", flags: ["derived"] };
  const figure: ComputedFigure = { period: "2024-03", metric: "stay.applications", value: 117_020, raw: "", document: "bulletin", line: 5, formula: "First half of 2024 − January 2024 − February 2024" };
  const periods = dataset.periods.map((p) => (p.id === "2024-02" ? { ...p, flags: ["duplicate-label" as const] } : p));
  const withMarch = { ...dataset, periods: [...periods, march] };
  return { dataset: withMarch, figures: buildFigureIndex(withMarch, [figure]) };
}

describe("periodStatus", () => {
  it("tells computed, unclearly labelled and plainly published periods apart", () => {
    expect(periodStatus(period("2024-01"))).toBe("published");
    expect(periodStatus(period("undated"))).toBe("flagged");
    expect(periodStatus({ ...period("2024-01"), flags: ["duplicate-label"] })).toBe("flagged");
    expect(periodStatus({ ...period("2024-01"), flags: ["derived"] })).toBe("derived");
  });
});

describe("worstStatus", () => {
  it("lets a flagged value outweigh a computed one, and a computed one a published one", () => {
    expect(worstStatus("published", "published")).toBe("published");
    expect(worstStatus("published", "derived")).toBe("derived");
    expect(worstStatus("derived", "flagged", "published")).toBe("flagged");
    expect(worstStatus()).toBe("published");
  });
});

describe("buildFigureIndex", () => {
  it("finds a figure by period and metric, with its metric, unit and status resolved", () => {
    const figures = buildFigureIndex(dataset, []);
    const figure = figures.get("2024-01", "decisions.total")!;
    expect([figure.metric.label, figure.unit.other, figure.value, figure.status]).toEqual(["Decisions on breaches", "decisions", 1826, "published"]);
    expect(figures.get("2024-01", "foreigners.registered")).toBeUndefined();
  });

  it("lists a period's and a metric's figures, computed ones included and marked computed", () => {
    const { figures } = withComputedMarch();
    expect(figures.ofPeriod("2024-01").map((f) => f.metric.id)).toEqual(["stay.applications", "decisions.total", "decisions.expulsion", "decisions.fine"]);
    const march = figures.ofMetric("stay.applications").find((f) => f.period.id === "2024-03")!;
    expect([march.status, march.formula]).toEqual(["derived", "First half of 2024 − January 2024 − February 2024"]);
    expect(figures.ofPeriod("nowhere")).toEqual([]);
  });
});

describe("inTimeOrder", () => {
  it("orders figures by the day their periods end, the shorter period first", () => {
    const figures = buildFigureIndex(dataset, []).ofMetric("stay.applications").filter((f) => f.period.end);
    expect(inTimeOrder(dataset, figures).map((f) => f.period.id)).toEqual(["2024-01", "2024-02", "2024-h1"]);
  });
});

describe("statusNotes", () => {
  it("says nothing about plainly published figures", () => {
    expect(statusNotes(buildFigureIndex(dataset, []).ofPeriod("2024-01"), en.charts.statusNotes)).toEqual([]);
  });

  it("explains each computed, twice-labelled or undated period once", () => {
    const { figures } = withComputedMarch();
    const shown = [...figures.ofMetric("stay.applications"), ...figures.ofMetric("stay.applications")];
    expect(statusNotes(shown, en.charts.statusNotes)).toEqual([
      { status: "flagged", text: "The source prints “February of 2024” on two bulletins with different figures, so one of the two labels is wrong." },
      { status: "flagged", text: "The source does not say which period the undated block covers." },
      { status: "derived", text: "March 2024 (derived) = First half of 2024 − January 2024 − February 2024." },
    ]);
  });
});

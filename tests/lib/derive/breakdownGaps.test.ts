import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Metric, Observation } from "../../../src/lib/dataset/types.ts";
import { breakdownGaps } from "../../../src/lib/derive/breakdownGaps.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

const metric = (id: string, parent?: string): Metric => ({ id, label: id, unit: "decisions", group: "g", parent, definition: "d" });
const figure = (period: string, id: string, value: number): Observation => ({ period, metric: id, value, raw: String(value), document: "bulletin", line: 1 });
const METRICS = [metric("total"), metric("total.a", "total"), metric("total.b", "total"), metric("other")];

describe("breakdownGaps on the fixture", () => {
  it("finds the total of January 2024 whose parts do not add up, with the size of the gap", () => {
    // Decisions: 1,826 − (844 expulsions + 837 fines) = 1,826 − 1,681 = 145 not itemised.
    expect(breakdownGaps(fixture)).toEqual([
      { period: "2024-01", parent: "decisions.total", total: 1826, parts: ["decisions.expulsion", "decisions.fine"], itemised: 844 + 837, gap: 145 },
    ]);
  });

  it("leaves out a total given without any of its parts (the half-year's 9,415 decisions)", () => {
    expect(breakdownGaps(fixture).map((g) => g.period)).not.toContain("2024-h1");
  });
});

describe("breakdownGaps", () => {
  it("returns nothing where the parts add up to the total", () => {
    expect(breakdownGaps({ metrics: METRICS, observations: [figure("p", "total", 10), figure("p", "total.a", 6), figure("p", "total.b", 4)] })).toEqual([]);
  });

  it("gives a negative gap where the parts exceed the total", () => {
    // 10 − (7 + 5) = −2
    expect(breakdownGaps({ metrics: METRICS, observations: [figure("p", "total", 10), figure("p", "total.a", 7), figure("p", "total.b", 5)] })).toEqual([
      { period: "p", parent: "total", total: 10, parts: ["total.a", "total.b"], itemised: 12, gap: -2 },
    ]);
  });

  it("compares the total with the parts the period has, when some are missing", () => {
    // Only total.a is given: 10 − 6 = 4.
    expect(breakdownGaps({ metrics: METRICS, observations: [figure("p", "total", 10), figure("p", "total.a", 6)] })).toEqual([
      { period: "p", parent: "total", total: 10, parts: ["total.a"], itemised: 6, gap: 4 },
    ]);
  });

  it("leaves out parts given without their total, and never adds up parts across periods", () => {
    const observations = [figure("p", "total.a", 6), figure("q", "total", 10), figure("q", "total.b", 10), figure("p", "total.b", 3)];
    expect(breakdownGaps({ metrics: METRICS, observations })).toEqual([]);
  });

  it("checks each period, in the order the figures first name them", () => {
    const observations = [figure("q", "total", 5), figure("q", "total.a", 1), figure("p", "total", 9), figure("p", "total.b", 8)];
    expect(breakdownGaps({ metrics: METRICS, observations }).map((g) => [g.period, g.gap])).toEqual([
      ["q", 4],
      ["p", 1],
    ]);
  });

  it("checks a part that is itself a total against its own parts", () => {
    const metrics = [...METRICS, metric("total.a.x", "total.a"), metric("total.a.y", "total.a")];
    // total 10 = a 6 + b 4, but a 6 ≠ x 2 + y 3: one gap of 1, in total.a.
    const observations = [figure("p", "total", 10), figure("p", "total.a", 6), figure("p", "total.b", 4), figure("p", "total.a.x", 2), figure("p", "total.a.y", 3)];
    expect(breakdownGaps({ metrics, observations })).toEqual([{ period: "p", parent: "total.a", total: 6, parts: ["total.a.x", "total.a.y"], itemised: 5, gap: 1 }]);
  });
});

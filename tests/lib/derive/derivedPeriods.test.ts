import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset, Observation, Period } from "../../../src/lib/dataset/types.ts";
import { derivedObservations } from "../../../src/lib/derive/derivedPeriods.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** A period the fixture does not publish: March–June 2024, as the half-year minus January and February. */
const MARCH_TO_JUNE: Period = {
  id: "march-june-2024",
  label: "March–June 2024",
  kind: "unknown",
  document: "bulletin",
  lines: { from: 5, to: 12 },
  sourceLabel: "computed",
  flags: ["unknown-period", "derived"],
  derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] },
  institutional: false, published: "2026-01-10",
};

const withPeriods = (...periods: Period[]): Pick<Dataset, "periods" | "metrics" | "observations"> => ({ ...fixture, periods: [...fixture.periods, ...periods] });

describe("derivedObservations", () => {
  it("derives nothing from the fixture as it is, which has no derived period", () => {
    expect(derivedObservations(fixture)).toEqual([]);
  });

  it("is the total minus the periods it is made of, for every metric all of them carry", () => {
    const derived = derivedObservations(withPeriods(MARCH_TO_JUNE));
    // Applications: 164,503 − 27,328 − 19,155 = 118,020. Decisions are left out: February has none.
    expect(derived.map((o) => [o.period, o.metric, o.value])).toEqual([["march-june-2024", "stay.applications", 164503 - 27328 - 19155]]);
    expect(derived[0]!.value).toBe(118020);
  });

  it("carries its formula in period labels, the published figures it uses, and the total's citation", () => {
    const [derived] = derivedObservations(withPeriods(MARCH_TO_JUNE));
    expect(derived!.formula).toBe("First half of 2024 − January 2024 − February 2024");
    expect(derived!.inputs.map((o) => [o.period, o.value])).toEqual([
      ["2024-h1", 164503],
      ["2024-01", 27328],
      ["2024-02", 19155],
    ]);
    expect(derived).toMatchObject({ raw: "", document: "bulletin", line: 5 });
  });

  it("derives every metric the inputs share, and may give a negative figure rather than hide it", () => {
    // Decisions in the half-year (9,415) minus January (1,826): 7,589; applications 164,503 − 27,328 = 137,175.
    const rest = { ...MARCH_TO_JUNE, id: "rest", derivedFrom: { total: "2024-h1", minus: ["2024-01"] } };
    // January minus the half-year: 27,328 − 164,503 = −137,175 (a wrong recipe shows as a wrong figure).
    const backwards = { ...MARCH_TO_JUNE, id: "backwards", derivedFrom: { total: "2024-01", minus: ["2024-h1"] } };
    expect(derivedObservations(withPeriods(rest, backwards)).map((o) => [o.period, o.metric, o.value])).toEqual([
      ["rest", "stay.applications", 137175],
      ["rest", "decisions.total", 7589],
      ["backwards", "stay.applications", -137175],
      ["backwards", "decisions.total", -7589],
    ]);
  });

  it("never derives a stated change, even when every input states one", () => {
    const observations: Observation[] = [
      ...fixture.observations,
      { period: "2017-h1", metric: "foreigners.registered.claimed-change", value: 3, raw: "3", document: "release", line: 3, vs: "2018-h1" },
    ];
    const difference = { ...MARCH_TO_JUNE, id: "difference", derivedFrom: { total: "2018-h1", minus: ["2017-h1"] } };
    // Only the count: 827,352 − 747,107 = 80,245.
    expect(derivedObservations({ ...withPeriods(difference), observations }).map((o) => [o.metric, o.value])).toEqual([["foreigners.registered", 80245]]);
  });

  it("never mixes with the published figures", () => {
    const dataset = withPeriods(MARCH_TO_JUNE);
    derivedObservations(dataset);
    expect(dataset.observations).toBe(fixture.observations);
    expect(fixture.observations.some((o) => o.period === "march-june-2024")).toBe(false);
  });
});

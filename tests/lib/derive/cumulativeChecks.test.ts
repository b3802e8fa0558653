import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset, Period } from "../../../src/lib/dataset/types.ts";
import { cumulativeExcesses } from "../../../src/lib/derive/cumulativeChecks.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** The fixture with applications in the first half of 2024 set to `value` (it prints 164,503). */
function halfYearOf(value: number, periods: Period[] = fixture.periods): Pick<Dataset, "periods" | "observations"> {
  return {
    periods,
    observations: fixture.observations.map((o) => (o.period === "2024-h1" && o.metric === "stay.applications" ? { ...o, value } : o)),
  };
}

const flagged = (id: string, flags: Period["flags"]) => fixture.periods.map((p) => (p.id === id ? { ...p, flags } : p));

describe("cumulativeExcesses", () => {
  it("finds nothing in the fixture: every running total is at least its months", () => {
    // Applications: January 27,328 + February 19,155 = 46,483 ≤ 164,503 for January–June;
    // decisions: January 1,826 ≤ 9,415.
    expect(cumulativeExcesses(fixture)).toEqual([]);
  });

  it("finds a running total smaller than the published months inside it", () => {
    // 27,328 + 19,155 = 46,483 > 40,000.
    expect(cumulativeExcesses(halfYearOf(40000))).toEqual([{ period: "2024-h1", metric: "stay.applications", total: 40000, months: ["2024-01", "2024-02"], monthsSum: 46483 }]);
  });

  it("accepts a running total equal to its months", () => {
    expect(cumulativeExcesses(halfYearOf(27328 + 19155))).toEqual([]);
  });

  it("leaves out months labelled twice at the source or computed by this report", () => {
    // Without February, January's 27,328 alone is below 40,000.
    expect(cumulativeExcesses(halfYearOf(40000, flagged("2024-02", ["duplicate-label"])))).toEqual([]);
    expect(cumulativeExcesses(halfYearOf(40000, flagged("2024-02", ["derived"])))).toEqual([]);
  });

  it("leaves out a running total that is itself flagged", () => {
    expect(cumulativeExcesses(halfYearOf(40000, flagged("2024-h1", ["duplicate-label"])))).toEqual([]);
  });

  it("counts only the months inside the running total's dates", () => {
    // Move February into the second half of the year: January's 27,328 is then below 40,000.
    const periods = fixture.periods.map((p) => (p.id === "2024-02" ? { ...p, start: "2024-07-01", end: "2024-07-31" } : p));
    expect(cumulativeExcesses(halfYearOf(40000, periods))).toEqual([]);
    // …and with the total at 20,000, January alone exceeds it.
    expect(cumulativeExcesses(halfYearOf(20000, periods))).toEqual([{ period: "2024-h1", metric: "stay.applications", total: 20000, months: ["2024-01"], monthsSum: 27328 }]);
  });
});

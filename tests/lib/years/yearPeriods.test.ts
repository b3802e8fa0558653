import { describe, expect, it } from "vitest";
import type { Period } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { isComplete, lastDayCovered, monthCoverage, yearOf, yearPeriods, yearsCovered } from "../../../src/lib/years/yearPeriods.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const ids = (periods: readonly Period[]) => periods.map((p) => p.id);

/** A period of the small datasets below: only what the year logic reads. */
function period(id: string, kind: Period["kind"], start: string | undefined, end: string | undefined, extra: Partial<Period> = {}): Period {
  return { id, label: id, kind, start, end, document: "doc", lines: { from: 1, to: 1 }, sourceLabel: id, flags: [], institutional: false, published: "2026-01-10", ...extra };
}

const small = {
  periods: [
    period("2023", "year", "2023-01-01", "2023-12-31"),
    period("2023-08-a", "month", "2023-08-01", "2023-08-31", { flags: ["duplicate-label"] }),
    period("2023-08-b", "month", "2023-08-01", "2023-08-31", { flags: ["duplicate-label"] }),
    period("2022", "year", "2022-01-01", "2022-12-31", { companionOf: "2023" }),
    period("2024-02", "month", "2024-02-01", "2024-02-29"),
    period("2024-09", "month", "2024-09-01", "2024-09-30", { flags: ["derived"] }),
    period("2024-9m", "nine-months", "2024-01-01", "2024-09-30"),
    period("undated", "unknown", undefined, undefined, { flags: ["unknown-period"] }),
    period("profile", "unknown", undefined, undefined, { flags: ["unknown-period"], institutional: true }),
  ],
};

describe("yearsCovered", () => {
  it("lists the years in which page periods end, newest first", () => {
    expect(yearsCovered(fixture)).toEqual(["2024", "2018"]);
    expect(yearsCovered(small)).toEqual(["2024", "2023"]);
  });

  it("gives no year of its own to a comparison period, the undated block or the institution", () => {
    expect(yearsCovered(fixture)).not.toContain("2017");
    expect(yearsCovered(small)).not.toContain("2022");
    expect(yearOf(small.periods.find((p) => p.id === "undated")!)).toBeUndefined();
  });
});

describe("yearPeriods", () => {
  it("keeps single months apart from cumulative periods, in time order", () => {
    const year = yearPeriods(fixture, "2024");
    expect(ids(year.months)).toEqual(["2024-01", "2024-02"]);
    expect(ids(year.cumulative)).toEqual(["2024-h1"]);
    expect(year.fullYear).toBeUndefined();
    expect(ids(year.periods)).toEqual(["2024-01", "2024-02", "2024-h1"]);
  });

  it("brings the comparison periods printed with the year's periods", () => {
    const year = yearPeriods(fixture, "2018");
    expect(ids(year.cumulative)).toEqual(["2018-h1"]);
    expect(ids(year.companions)).toEqual(["2017-h1"]);
    expect(ids(year.months)).toEqual([]);
  });

  it("finds the full year and the months published within it", () => {
    const year = yearPeriods(small, "2023");
    expect(year.fullYear?.id).toBe("2023");
    expect(ids(year.months)).toEqual(["2023-08-a", "2023-08-b"]);
    expect(ids(year.companions)).toEqual(["2022"]);
    expect(isComplete(year)).toBe(true);
  });

  it("has nothing for a year the report does not cover", () => {
    const year = yearPeriods(small, "2019");
    expect([year.periods, year.months, year.cumulative, year.companions].every((list) => list.length === 0)).toBe(true);
    expect(year.fullYear).toBeUndefined();
  });
});

describe("monthCoverage", () => {
  it("counts calendar months once, however many bulletins carry them", () => {
    expect(monthCoverage(yearPeriods(small, "2023"))).toEqual({ months: ["2023-08"], computed: [], missing: 11 });
  });

  it("tells the months only this report computes from the published ones", () => {
    expect(monthCoverage(yearPeriods(small, "2024"))).toEqual({ months: ["2024-02", "2024-09"], computed: ["2024-09"], missing: 10 });
  });
});

describe("isComplete and lastDayCovered", () => {
  it("calls a year without a published full-year total incomplete, and says how far it reaches", () => {
    const year = yearPeriods(small, "2024");
    expect(isComplete(year)).toBe(false);
    expect(lastDayCovered(year)).toBe("2024-09-30");
    expect(lastDayCovered(yearPeriods(fixture, "2018"))).toBe("2018-06-30");
  });
});

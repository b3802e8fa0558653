import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { describeYear } from "../../../src/lib/years/describeYear.ts";
import { yearPeriods } from "../../../src/lib/years/yearPeriods.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const withFullYear = {
  periods: [
    ...fixture.periods,
    { ...fixture.periods.find((p) => p.id === "2024-h1")!, id: "2024", label: "2024", kind: "year" as const, end: "2024-12-31" },
  ],
};
const withComputedMonth = {
  periods: [
    ...fixture.periods,
    { ...fixture.periods.find((p) => p.id === "2024-02")!, id: "2024-03", label: "March 2024 (derived)", start: "2024-03-01", end: "2024-03-31", flags: ["derived" as const] },
  ],
};

describe("describeYear", () => {
  it("says a year without a published total is incomplete, and what it has instead", () => {
    const coverage = describeYear(yearPeriods(fixture, "2024"), en);
    expect(coverage.complete).toBe(false);
    expect(coverage.warning?.title).toContain("2024 is incomplete");
    expect(coverage.warning?.body).toContain("does not add one up");
    expect(coverage.warning?.body).toContain("single months cover 2 of the 12 months");
    expect(coverage.warning?.body).toContain("the cumulative period First half of 2024 overlaps them");
    expect(coverage.warning?.body).toContain("nothing reaches beyond 30 June 2024");
    expect(coverage.span).toBe("1 January – 30 June 2024");
  });

  it("lists every period of the year under its kind, and the full year as not among the sources", () => {
    const entries = describeYear(yearPeriods(fixture, "2024"), en).entries;
    expect(entries.map((e) => [e.term, e.periods.map((p) => p.id)])).toEqual([
      ["The full year", []],
      ["Single months", ["2024-01", "2024-02"]],
      ["Cumulative periods", ["2024-h1"]],
    ]);
    expect(entries[0]!.note).toContain("not among the sources");
  });

  it("names the months this report computes", () => {
    const coverage = describeYear(yearPeriods(withComputedMonth, "2024"), en);
    expect(coverage.entries.find((e) => e.term === "Single months")!.note).toBe("3 of the 12 months; March 2024 (derived) computed by this report, not among the sources");
    expect(coverage.warning?.body).toContain("(March 2024 (derived) computed by this report)");
  });

  it("gives a year published as a whole no warning", () => {
    const coverage = describeYear(yearPeriods(withFullYear, "2024"), en);
    expect(coverage.complete).toBe(true);
    expect(coverage.warning).toBeUndefined();
    expect(coverage.entries[0]).toMatchObject({ term: "The full year", periods: [{ id: "2024" }] });
  });

  it("shows comparison periods with the periods that print them", () => {
    const coverage = describeYear(yearPeriods(fixture, "2018"), en);
    expect(coverage.entries.map((e) => e.term)).toEqual(["The full year", "Cumulative periods", "Printed with them"]);
    expect(coverage.entries.at(-1)!.periods.map((p) => p.id)).toEqual(["2017-h1"]);
    expect(coverage.warning?.body).toContain("no single month is among the sources");
    expect(coverage.warning?.body).toContain("the cumulative period First half of 2018 covers only part of the year");
  });
});

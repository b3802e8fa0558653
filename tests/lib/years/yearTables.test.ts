import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { derivedObservations } from "../../../src/lib/derive/derivedPeriods.ts";
import { yearTables } from "../../../src/lib/years/yearTables.ts";
import { yearPeriods } from "../../../src/lib/years/yearPeriods.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const derived = derivedObservations(fixture);
const columnsOf = (sets: ReturnType<typeof yearTables>) => sets.map((s) => [s.id, s.tables[0]!.columns.map((p) => p.id)]);

describe("yearTables", () => {
  it("puts the months side by side and the cumulative periods in tables of their own", () => {
    expect(columnsOf(yearTables(fixture, derived, yearPeriods(fixture, "2024"), en))).toEqual([
      ["months", ["2024-01", "2024-02"]],
      ["cumulative", ["2024-h1"]],
    ]);
  });

  it("sets a comparison period of the same kind beside the period that prints it", () => {
    const sets = yearTables(fixture, derived, yearPeriods(fixture, "2018"), en);
    expect(columnsOf(sets)).toEqual([["cumulative", ["2018-h1", "2017-h1"]]]);
    expect(sets[0]!.homeDocument).toBe("release");
  });

  it("fills the months' rows, leaving a month without the figure empty", () => {
    const [months] = yearTables(fixture, derived, yearPeriods(fixture, "2024"), en);
    const row = months!.tables.flatMap((t) => t.rows).find((r) => r.metric.id === "decisions.total")!;
    expect(row.cells.map((o) => o?.value)).toEqual([1826, undefined]);
  });

  it("includes the figures of a month this report computes", () => {
    const february = fixture.periods.find((p) => p.id === "2024-02")!;
    const march = { ...february, id: "2024-03", label: "March 2024 (derived)", start: "2024-03-01", end: "2024-03-31", flags: ["derived" as const], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] } };
    const dataset = { ...fixture, periods: [...fixture.periods, march] };
    const [months] = yearTables(dataset, derivedObservations(dataset), yearPeriods(dataset, "2024"), en);
    const row = months!.tables.flatMap((t) => t.rows).find((r) => r.metric.id === "stay.applications")!;
    expect(row.cells.map((o) => o?.value)).toEqual([27328, 19155, 164503 - 27328 - 19155]);
    expect(row.formula).toBe("First half of 2024 − January 2024 − February 2024");
  });
});

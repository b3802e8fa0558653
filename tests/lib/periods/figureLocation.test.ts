import { describe, expect, it } from "vitest";
import type { Dataset, Period } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { companionLayout, figureLocation, isShownAsColumn, periodPagePath } from "../../../src/lib/periods/figureLocation.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const period = (dataset: Pick<Dataset, "periods">, id: string) => dataset.periods.find((p) => p.id === id)!;

/** A snapshot on 31 January 2024 printed on January's page, with one figure, and one printed there with none. */
function withSnapshots(): Dataset {
  const snapshot = (id: string, day: string): Period => ({
    id,
    label: `${day} January 2024`,
    kind: "snapshot",
    start: `2024-01-${day}`,
    end: `2024-01-${day}`,
    document: "bulletin",
    lines: { from: 4, to: 4 },
    sourceLabel: `on ${day} January`,
    flags: [],
    companionOf: "2024-01",
    institutional: false, published: "2026-01-10",
  });
  return {
    ...fixture,
    periods: [...fixture.periods, snapshot("2024-01-31", "31"), snapshot("2024-01-15", "15")],
    observations: [...fixture.observations, { period: "2024-01-31", metric: "foreigners.registered", value: 5000, raw: "5000", document: "bulletin", line: 4 }],
  };
}

describe("isShownAsColumn", () => {
  it("puts a companion of the same kind in a column and any other in a section", () => {
    expect(isShownAsColumn(period(fixture, "2018-h1"), period(fixture, "2017-h1"))).toBe(true);
    const snapshots = withSnapshots();
    expect(isShownAsColumn(period(snapshots, "2024-01"), period(snapshots, "2024-01-31"))).toBe(false);
  });
});

describe("companionLayout", () => {
  it("lays out the comparison period of the same kind as a column", () => {
    expect(companionLayout(fixture, period(fixture, "2018-h1"))).toEqual({ columns: [period(fixture, "2017-h1")], sections: [] });
    expect(companionLayout(fixture, period(fixture, "2024-01"))).toEqual({ columns: [], sections: [] });
  });

  it("gives a companion of another kind a section, and leaves out a companion without figures", () => {
    const snapshots = withSnapshots();
    const { columns, sections } = companionLayout(snapshots, period(snapshots, "2024-01"));
    expect(columns).toEqual([]);
    expect(sections.map((p) => p.id)).toEqual(["2024-01-31"]);
  });
});

describe("figureLocation", () => {
  it("finds a period's own figure on its own page, in the main table", () => {
    expect(figureLocation(fixture, "2024-01", "decisions.fine")).toEqual({ page: "2024-01", rowId: "fig-decisions.fine" });
  });

  it("finds a comparison period's figure in its host's main table", () => {
    expect(figureLocation(fixture, "2017-h1", "foreigners.registered")).toEqual({ page: "2018-h1", rowId: "fig-foreigners.registered" });
  });

  it("finds a companion of another kind in its own table on the host's page", () => {
    expect(figureLocation(withSnapshots(), "2024-01-31", "foreigners.registered")).toEqual({ page: "2024-01", rowId: "2024-01-31-foreigners.registered" });
  });

  it("falls back to the period's own page for an id it does not know", () => {
    expect(figureLocation(fixture, "2024-13", "stay.applications")).toEqual({ page: "2024-13", rowId: "fig-stay.applications" });
  });
});

describe("periodPagePath", () => {
  it("links a period to its page, a companion to its host's and an institutional period to /about/", () => {
    expect(periodPagePath(period(fixture, "2024-h1"))).toBe("/periods/2024-h1/");
    expect(periodPagePath(period(fixture, "2017-h1"))).toBe("/periods/2018-h1/");
    expect(periodPagePath({ ...period(fixture, "undated"), institutional: true })).toBe("/about/");
  });
});

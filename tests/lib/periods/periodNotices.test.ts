import { describe, expect, it } from "vitest";
import type { Period } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { periodNotices } from "../../../src/lib/periods/periodNotices.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const period = (id: string) => fixture.periods.find((p) => p.id === id)!;
const shape = (notices: ReturnType<typeof periodNotices>) => notices.map((n) => [n.kind, n.related.map((p) => p.id)]);

/** February printed twice under one label, as 2024-02-a and 2024-02-b. */
function twins(): { periods: Period[] } {
  const february = period("2024-02");
  const twin = (id: string): Period => ({ ...february, id, flags: ["duplicate-label"] });
  return { periods: [...fixture.periods.filter((p) => p !== february), twin("2024-02-a"), twin("2024-02-b")] };
}

describe("periodNotices", () => {
  it("has nothing to say about a plain month", () => {
    expect(periodNotices(fixture, period("2024-01"), en)).toEqual([]);
  });

  it("says a six-month period is cumulative and compares only with other six-month totals", () => {
    const notices = periodNotices(fixture, period("2024-h1"), en);
    expect(shape(notices)).toEqual([["info", []]]);
    expect(notices[0]!.body).toContain("six-month");
  });

  it("gives each kind of running total a notice of its own, and none to a snapshot or a month", () => {
    const h1 = period("2024-h1");
    const bodies = (["half-year", "nine-months", "year"] as const).map((kind) => periodNotices(fixture, { ...h1, kind }, en));
    expect(bodies.map(shape)).toEqual([[["info", []]], [["info", []]], [["info", []]]]);
    expect(new Set(bodies.map((n) => n[0]!.body)).size).toBe(3);
    expect(periodNotices(fixture, { ...h1, kind: "snapshot" }, en)).toEqual([]);
    expect(periodNotices(fixture, { ...h1, kind: "month" }, en)).toEqual([]);
  });

  it("warns about an undated block, in the period's own note where it has one", () => {
    const undated = period("undated");
    expect(shape(periodNotices(fixture, undated, en))).toEqual([["warning", []]]);
    expect(periodNotices(fixture, { ...undated, note: "Printed under the table." }, en)[0]!.body).toBe("Printed under the table.");
  });

  it("warns about a label used twice and points to the other bulletin", () => {
    const dataset = twins();
    const a = dataset.periods.find((p) => p.id === "2024-02-a")!;
    const notices = periodNotices(dataset, a, en);
    expect(shape(notices)).toEqual([["warning", ["2024-02-b"]]]);
    expect(notices[0]!.title).toContain("February of 2024");
  });

  it("warns about a period computed by this report", () => {
    const march: Period = { ...period("2024-02"), id: "2024-03", flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] } };
    expect(shape(periodNotices(fixture, march, en))).toEqual([["warning", []]]);
  });

  it("puts warnings before the cumulative notice, in a fixed order", () => {
    const both: Period = { ...period("2024-h1"), flags: ["duplicate-label", "unknown-period", "derived"] };
    const notices = periodNotices(fixture, both, en);
    expect(notices.map((n) => n.kind)).toEqual(["warning", "warning", "warning", "info"]);
    // The ambiguous label first: it names the source's label.
    expect(notices[0]!.title).toContain("6 months of 2024");
    expect(new Set(notices.map((n) => n.title)).size).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import type { Dataset, MetricRelation, Observation, Period } from "../../../src/lib/dataset/types.ts";
import { relationChecks } from "../../../src/lib/derive/relationChecks.ts";

const period = (id: string, kind: Period["kind"], start: string, end: string): Period => ({
  id, label: id, kind, start, end, document: "d", lines: { from: 1, to: 9 }, sourceLabel: id, flags: [], institutional: false, published: "2026-01-10",
});
const figure = (p: string, metric: string, value: number): Observation => ({ period: p, metric, value, raw: String(value), document: "d", line: 1 });
const PERIODS = [period("2018-h1", "half-year", "2018-01-01", "2018-06-30"), period("2018-07-01", "snapshot", "2018-07-01", "2018-07-01"), period("2018-06-30", "snapshot", "2018-06-30", "2018-06-30")];

function check(relations: MetricRelation[], observations: Observation[]) {
  return relationChecks({ periods: PERIODS, relations, observations } satisfies Pick<Dataset, "periods" | "relations" | "observations">);
}

describe("relationChecks", () => {
  const readmitted: MetricRelation = { metric: "readmitted", atMost: "requested", when: "same-period", reason: "people are readmitted on requests" };
  const granted: MetricRelation = { metric: "granted", atMost: "residents", when: "day-after", reason: "they hold it the day after" };

  it("finds a figure above its bound in the same period, and passes one at or below it", () => {
    expect(check([readmitted], [figure("2018-h1", "readmitted", 206), figure("2018-h1", "requested", 640)])).toEqual([]);
    expect(check([readmitted], [figure("2018-h1", "readmitted", 640), figure("2018-h1", "requested", 640)])).toEqual([]);
    expect(check([readmitted], [figure("2018-h1", "readmitted", 641), figure("2018-h1", "requested", 640)])).toEqual([
      { period: "2018-h1", metric: "readmitted", value: 641, bound: "requested", boundPeriod: "2018-h1", boundValue: 640, reason: "people are readmitted on requests" },
    ]);
  });

  it("bounds a period's figure by the snapshot of the day after it ends, not by another day's", () => {
    // 30 June 2018 is the half-year's last day, 1 July the day after: only the latter bounds it.
    const observations = [figure("2018-h1", "granted", 12000), figure("2018-07-01", "residents", 11288), figure("2018-06-30", "residents", 20000)];
    expect(check([granted], observations)).toEqual([
      { period: "2018-h1", metric: "granted", value: 12000, bound: "residents", boundPeriod: "2018-07-01", boundValue: 11288, reason: "they hold it the day after" },
    ]);
    expect(check([granted], [figure("2018-h1", "granted", 1859), figure("2018-07-01", "residents", 11288)])).toEqual([]);
  });

  it("says nothing where either figure is missing", () => {
    expect(check([readmitted, granted], [figure("2018-h1", "readmitted", 900), figure("2018-h1", "granted", 99999)])).toEqual([]);
  });
});

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { breakdownGaps } from "../../../src/lib/derive/breakdownGaps.ts";
import { claimChecks } from "../../../src/lib/derive/claimChecks.ts";
import { cumulativeExcesses } from "../../../src/lib/derive/cumulativeChecks.ts";
import { derivedObservations } from "../../../src/lib/derive/derivedPeriods.ts";
import { percentChange } from "../../../src/lib/derive/percentChange.ts";
import { share } from "../../../src/lib/derive/share.ts";

// The project's own dataset (content/data), whose figures the expected values below were
// worked out from by hand.
const dataset = loadDataset(resolve("content/data"));

describe("percentChange and share", () => {
  it("computes a change relative to the earlier value", () => {
    expect(percentChange(110, 100)).toBeCloseTo(10);
    expect(percentChange(90, 100)).toBeCloseTo(-10);
    expect(percentChange(5, 0)).toBeUndefined();
  });

  it("computes a share of a whole", () => {
    expect(share(25, 200)).toBeCloseTo(12.5);
    expect(share(1, 0)).toBeUndefined();
  });
});

describe("September 2024, derived", () => {
  const september = new Map(derivedObservations(dataset).filter((o) => o.period === "2024-09").map((o) => [o.metric, o]));

  it("is nine months minus six months, July and August, for every metric all four carry", () => {
    // Worked by hand from the bulletins' figures:
    expect(september.get("stay.registration-applications")?.value).toBe(296007 - 164503 - 57969 - 40800); // 32,735
    expect(september.get("residence.permit-applications")?.value).toBe(54929 - 33536 - 6439 - 6516); // 8,438
    expect(september.get("citizenship.affiliation-applications")?.value).toBe(12041 - 7452 - 2051 - 1216); // 1,322
    expect(september.get("irregular.decisions")?.value).toBe(16526 - 9415 - 2378 - 2660); // 2,073
    expect(september.get("irregular.host-officials")?.value).toBe(16 - 8 - 4 - 1); // 3
    expect(september.get("calls.received")?.value).toBe(58038 - 37788 - 7577 - 6791); // 5,882
    expect(september.get("eservices.applications")?.value).toBe(111592 - 64356 - 18493 - 14434); // 14,309
    expect(september.size).toBe(17);
  });

  it("carries its formula and the published figures it uses", () => {
    const calls = september.get("calls.received")!;
    expect(calls.formula).toBe("January–September 2024 − January–June 2024 − July 2024 − August 2024");
    expect(calls.inputs.map((o) => o.period)).toEqual(["2024-9m", "2024-h1", "2024-07", "2024-08"]);
  });

  it("never mixes with the published figures", () => {
    expect(dataset.observations.some((o) => o.period === "2024-09")).toBe(false);
  });
});

describe("breakdownGaps", () => {
  const gaps = breakdownGaps(dataset).map((g) => [g.period, g.parent, g.gap]);

  it("finds every total whose parts do not add up, with the size of the gap", () => {
    // Decisions total minus (not expelled + entry bans + permits withdrawn + employment + officials):
    expect(gaps).toEqual([
      ["2024-11", "irregular.decisions", 1826 - (844 + 837 + 51 + 71 + 19)], // 4
      ["2024-9m", "irregular.decisions", 16526 - (8159 + 7427 + 370 + 442 + 16)], // 112
      ["2024-08", "irregular.decisions", 2660 - (1221 + 1337 + 39 + 45 + 1)], // 17
      ["2024-07", "irregular.decisions", 2378 - (1136 + 1150 + 33 + 50 + 4)], // 5
      ["2024-h1", "irregular.decisions", 9415 - (4796 + 3993 + 266 + 286 + 8)], // 66
      ["2024-04", "irregular.decisions", 1598 - (849 + 640 + 49 + 49 + 1)], // 10
      ["2024-02", "irregular.decisions", 1464 - (777 + 574 + 46 + 56 + 1)], // 10
      ["2023", "irregular.decisions", 23089 - (12158 + 9868 + 551 + 404 + 28)], // 80
      ["2023-08-a", "irregular.decisions", 1842 - (969 + 771 + 52 + 41 + 8)], // 1
    ]);
  });

  it("finds nothing where the parts add up: the undated block's applications, 2011, the refugees of 2018", () => {
    expect(gaps.filter(([period]) => ["unlabeled", "2011", "2018-h1", "2017-h1", "2024-05", "2023-08-b"].includes(period as string))).toEqual([]);
  });
});

describe("claimChecks", () => {
  it("recomputes each stated change from the figures it describes", () => {
    const checks = new Map(claimChecks(dataset).map((c) => [c.metric, c]));
    expect(checks.size).toBe(6);
    // Calls: (51,394 − 46,992) ÷ 46,992 = 9.37%, stated as 10%.
    expect(checks.get("calls.received")).toMatchObject({ stated: 10, agrees: false });
    expect(checks.get("calls.received")!.recomputed).toBeCloseTo(9.3676, 3);
    // Foreigners registered: (827,352 − 747,107) ÷ 747,107 = 10.74%, stated as 10%.
    expect(checks.get("foreigners.registered")).toMatchObject({ stated: 10, agrees: false });
    // Permanent residence: (1,859 − 1,487) ÷ 1,487 = 25.02%, stated as 25%.
    expect(checks.get("residence.permanent-granted")).toMatchObject({ stated: 25, agrees: true });
    // Refugees: (75 − 61) ÷ 61 = 22.95%, stated as 23%.
    expect(checks.get("refugees.recognised")).toMatchObject({ stated: 23, agrees: true });
    expect(checks.get("stay.registered")?.agrees).toBe(true);
    expect(checks.get("irregular.persons-with-decisions")?.agrees).toBe(true);
  });
});

describe("cumulativeExcesses", () => {
  it("finds the running totals that are smaller than the published months inside them", () => {
    // Officials of host organisations: August 1 + July 4 + May 18 + April 1 + February 1 = 25
    // against 16 for January–September, and May + April + February = 20 against 8 for January–June.
    expect(cumulativeExcesses(dataset).map((e) => [e.period, e.metric, e.total, e.monthsSum])).toEqual([
      ["2024-9m", "irregular.host-officials", 16, 1 + 4 + 18 + 1 + 1],
      ["2024-h1", "irregular.host-officials", 8, 18 + 1 + 1],
    ]);
  });

  it("leaves out months computed by this report or labelled twice at the source", () => {
    for (const excess of cumulativeExcesses(dataset)) expect(excess.months).not.toContain("2024-09");
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset, Observation } from "../../../src/lib/dataset/types.ts";
import { claimChecks } from "../../../src/lib/derive/claimChecks.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** The fixture with the figures of foreigners registered in 2017-h1 and 2018-h1, and the change stated between them, replaced. */
function withClaim(before: number, after: number, stated: number, raw: string): Pick<Dataset, "metrics" | "observations"> {
  const observations = fixture.observations.map((o): Observation => {
    if (o.metric === "foreigners.registered") return { ...o, value: o.period === "2017-h1" ? before : after };
    if (o.metric === "foreigners.registered.claimed-change") return { ...o, value: stated, raw };
    return o;
  });
  return { metrics: fixture.metrics, observations };
}

describe("claimChecks on the fixture", () => {
  it("recomputes the stated change from the two figures it describes", () => {
    const checks = claimChecks(fixture);
    expect(checks).toHaveLength(1);
    // Foreigners registered: (827,352 − 747,107) ÷ 747,107 = 80,245 ÷ 747,107 = 10.74%, stated as 10%.
    expect(checks[0]).toMatchObject({ period: "2018-h1", claim: "foreigners.registered.claimed-change", metric: "foreigners.registered", vs: "2017-h1", stated: 10, agrees: false });
    expect(checks[0]!.recomputed).toBeCloseTo(10.7408, 4);
  });
});

describe("claimChecks", () => {
  it("agrees when the stated figure is the recomputed one rounded to a whole percent", () => {
    // 10.74% rounds to 11%.
    expect(claimChecks(withClaim(747107, 827352, 11, "11"))[0]?.agrees).toBe(true);
    // 100 → 125 is exactly 25%.
    expect(claimChecks(withClaim(100, 125, 25, "25"))[0]?.agrees).toBe(true);
  });

  it("rounds to as many decimals as the source prints", () => {
    // 10.7408%: "10.7" and "10.74" agree, "10.8" and "10.75" do not.
    expect(claimChecks(withClaim(747107, 827352, 10.7, "10.7"))[0]?.agrees).toBe(true);
    expect(claimChecks(withClaim(747107, 827352, 10.74, "10.74"))[0]?.agrees).toBe(true);
    expect(claimChecks(withClaim(747107, 827352, 10.8, "10.8"))[0]?.agrees).toBe(false);
    expect(claimChecks(withClaim(747107, 827352, 10.75, "10.75"))[0]?.agrees).toBe(false);
  });

  it("checks a stated fall, written as its size with a negative value", () => {
    // 200 → 190 is −5%; the source prints "5" for the fall.
    const fall = claimChecks(withClaim(200, 190, -5, "5"))[0]!;
    expect(fall.recomputed).toBeCloseTo(-5);
    expect(fall.agrees).toBe(true);
    // A rise stated as a fall does not agree.
    expect(claimChecks(withClaim(190, 200, -5, "5"))[0]?.agrees).toBe(false);
  });

  it("says nothing when a compared figure is missing or the earlier one is 0", () => {
    const without2017 = { metrics: fixture.metrics, observations: fixture.observations.filter((o) => !(o.period === "2017-h1" && o.metric === "foreigners.registered")) };
    expect(claimChecks(without2017)).toEqual([]);
    expect(claimChecks(withClaim(0, 5, 10, "10"))).toEqual([]);
  });

  it("checks only metrics that state a change", () => {
    const metrics = fixture.metrics.map((m) => (m.claim ? { ...m, claim: "share" as const } : m));
    expect(claimChecks({ metrics, observations: fixture.observations })).toEqual([]);
  });
});

describe("claimChecks rounding", () => {
  it("rounds a fall as it rounds a rise of the same size (half away from zero)", () => {
    // 94.5 against 100 is −5.5%, which rounds to −6%; 105.5 against 100 is +5.5%, to +6%.
    const dataset = (after: number, stated: number) => ({
      metrics: [
        { id: "x", label: "X", unit: "persons", group: "g", definition: "X." },
        { id: "x.change", label: "X, change", unit: "percent", group: "g", claim: "change" as const, claimOf: "x", definition: "Stated." },
      ],
      observations: [
        { period: "b", metric: "x", value: after, raw: String(after), document: "d", line: 1 },
        { period: "a", metric: "x", value: 100, raw: "100", document: "d", line: 1 },
        { period: "b", metric: "x.change", value: stated, raw: String(Math.abs(stated)), document: "d", line: 2, vs: "a" },
      ],
    });
    expect(claimChecks(dataset(94.5, -6))[0]!.agrees).toBe(true);
    expect(claimChecks(dataset(105.5, 6))[0]!.agrees).toBe(true);
    expect(claimChecks(dataset(94.5, -5))[0]!.agrees).toBe(false);
  });
});

describe("claimChecks on every basis the source offers", () => {
  it("recomputes the change from each figure and agrees when one of them rounds to the statement", () => {
    // Persons 827,352 against 747,107: +10.74%, which rounds to 11; cases 1,324,075 against 1,199,770: +10.36%, to 10.
    const metric = (id: string, extra = {}) => ({ id, label: id, unit: "persons", group: "g", definition: "x", ...extra });
    const dataset = {
      metrics: [metric("persons"), metric("cases"), metric("persons.change", { unit: "percent", claim: "change" as const, claimOf: "persons", claimAlsoOf: ["cases"] })],
      observations: [
        { period: "b", metric: "persons", value: 827352, raw: "827352", document: "d", line: 1 },
        { period: "a", metric: "persons", value: 747107, raw: "747107", document: "d", line: 1 },
        { period: "b", metric: "cases", value: 1324075, raw: "1324075", document: "d", line: 1 },
        { period: "a", metric: "cases", value: 1199770, raw: "1199770", document: "d", line: 1 },
        { period: "b", metric: "persons.change", value: 10, raw: "10", document: "d", line: 1, vs: "a" },
      ],
    };
    const [check] = claimChecks(dataset);
    expect(check!.agrees).toBe(true);
    expect(check!.bases.map((b) => [b.metric, Math.round(b.recomputed * 100) / 100, b.agrees])).toEqual([
      ["persons", 10.74, false],
      ["cases", 10.36, true],
    ]);
  });
});

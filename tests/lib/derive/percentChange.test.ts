import { describe, expect, it } from "vitest";
import { percentChange } from "../../../src/lib/derive/percentChange.ts";

describe("percentChange", () => {
  it("computes a change relative to the earlier value", () => {
    expect(percentChange(110, 100)).toBeCloseTo(10);
    expect(percentChange(90, 100)).toBeCloseTo(-10);
    // (827,352 − 747,107) ÷ 747,107 = 10.7408%
    expect(percentChange(827352, 747107)).toBeCloseTo(10.7408, 4);
  });

  it("gives 0 for no change and −100 for a fall to nothing", () => {
    expect(percentChange(42, 42)).toBe(0);
    expect(percentChange(0, 42)).toBe(-100);
  });

  it("takes the order after, before: swapping them is another change", () => {
    // 100 → 125 is +25%; 125 → 100 is −20%.
    expect(percentChange(125, 100)).toBeCloseTo(25);
    expect(percentChange(100, 125)).toBeCloseTo(-20);
  });

  it("has no change from a base of 0", () => {
    expect(percentChange(5, 0)).toBeUndefined();
    expect(percentChange(0, 0)).toBeUndefined();
  });
});

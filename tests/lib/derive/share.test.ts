import { describe, expect, it } from "vitest";
import { share } from "../../../src/lib/derive/share.ts";

describe("share", () => {
  it("computes a part as a percent of its whole", () => {
    expect(share(25, 200)).toBeCloseTo(12.5);
    // 844 expulsions of 1,826 decisions: 46.22%
    expect(share(844, 1826)).toBeCloseTo(46.2212, 4);
    expect(share(0, 10)).toBe(0);
    expect(share(10, 10)).toBe(100);
  });

  it("does not cap a part larger than its whole", () => {
    expect(share(15, 10)).toBeCloseTo(150);
  });

  it("has no share of an empty whole", () => {
    expect(share(1, 0)).toBeUndefined();
    expect(share(0, 0)).toBeUndefined();
  });
});

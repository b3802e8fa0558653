import { describe, expect, it } from "vitest";
import { en } from "../../../../src/lib/i18n/en/index.ts";
import { plural } from "../../../../src/lib/i18n/en/plural.ts";

describe("plural", () => {
  it("puts a noun in the form English uses with the count", () => {
    expect([0, 1, 2, 27328].map((n) => plural(n, "figure", "figures"))).toEqual(["figures", "figure", "figures", "figures"]);
  });

  it("keeps the catalog's sentences grammatical for a count of one", () => {
    expect(en.pages.period.description({ period: "May 2024", figures: "1", count: 1, derived: false })).toMatch(/^May 2024: 1 figure published by/);
    expect(en.notes.quality.unknownBody("1", 1)).toMatch(/^The 1 figure of this block comes with no period/);
  });
});

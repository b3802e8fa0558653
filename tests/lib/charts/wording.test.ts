import { describe, expect, it } from "vitest";
import { capitalise, listOf, lowerFirst } from "../../../src/lib/charts/wording.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

describe("lowerFirst", () => {
  it("lowers the first letter of a label that starts a sentence", () => {
    expect(lowerFirst("Entry bans and expulsions")).toBe("entry bans and expulsions");
  });

  it("leaves abbreviations and one-letter words alone", () => {
    expect(lowerFirst("ASAN Service index")).toBe("ASAN Service index");
    expect(lowerFirst("A")).toBe("A");
  });
});

describe("capitalise", () => {
  it("raises the first letter", () => {
    expect(capitalise("applications")).toBe("Applications");
    expect(capitalise("")).toBe("");
  });
});

describe("listOf", () => {
  it("joins one, two and more items as a sentence does", () => {
    expect(listOf([], en)).toBe("");
    expect(listOf(["a"], en)).toBe("a");
    expect(listOf(["a", "b"], en)).toBe("a and b");
    expect(listOf(["a", "b", "c"], en)).toBe("a, b and c");
  });

  it("counts what it leaves out beyond the limit", () => {
    expect(listOf(["a", "b", "c", "d", "e"], en, 3)).toBe("a, b, c and 2 more");
    expect(listOf(["a", "b", "c"], en, 3)).toBe("a, b and c");
  });

  it("takes its words from the catalog it is given", () => {
    const m = { ...en, charts: { ...en.charts, list: { separator: " · ", and: "&", more: (count: string) => `+${count}` } } };
    expect(listOf(["a", "b", "c", "d"], m, 2)).toBe("a · b & +2");
  });
});

describe("case in other alphabets", () => {
  it("lowers and raises a first letter by the language's rules", () => {
    expect(lowerFirst("Решения о запрете въезда")).toBe("решения о запрете въезда");
    expect(capitalise("istiqamət", "az")).toBe("İstiqamət");
    expect(lowerFirst("İcazələr", "az")).toBe("icazələr");
  });
});

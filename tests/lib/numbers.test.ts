import { describe, expect, it } from "vitest";
import { parseRawNumber } from "../../src/lib/numbers.ts";

describe("parseRawNumber", () => {
  it("reads plain digits in every format", () => {
    expect(parseRawNumber("27328", "comma-grouped")).toBe(27328);
    expect(parseRawNumber("27328", "dot-grouped")).toBe(27328);
    expect(parseRawNumber("27328", "grouped-any")).toBe(27328);
  });

  it("reads a comma as thousands and a dot as decimals in comma-grouped documents", () => {
    expect(parseRawNumber("827,352", "comma-grouped")).toBe(827352);
    expect(parseRawNumber("1,324,075", "comma-grouped")).toBe(1324075);
    expect(parseRawNumber("92.78", "comma-grouped")).toBe(92.78);
    expect(parseRawNumber("0.5", "comma-grouped")).toBe(0.5);
  });

  it("reads a dot as thousands where the document groups with dots", () => {
    expect(parseRawNumber("747.107", "grouped-any")).toBe(747107);
    expect(parseRawNumber("827,352", "grouped-any")).toBe(827352);
    expect(parseRawNumber("41.801", "dot-grouped")).toBe(41801);
  });

  it("rejects text that is not a well-formed number of the format", () => {
    expect(parseRawNumber("92.78", "dot-grouped")).toBeNull();
    expect(parseRawNumber("1,2345", "comma-grouped")).toBeNull();
    expect(parseRawNumber("16.1.8", "comma-grouped")).toBeNull();
    expect(parseRawNumber("12a", "grouped-any")).toBeNull();
    expect(parseRawNumber("", "comma-grouped")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { lastWord, withCase } from "../../../../src/lib/i18n/az/numberCase.ts";

describe("Azerbaijani case endings after numbers", () => {
  it("read a number's last word as it is spoken", () => {
    expect([1826, 40, 300, 2000, 1_500_000, 0, 7, 90].map(lastWord)).toEqual(["altı", "qırx", "yüz", "min", "min", "sıfır", "yeddi", "doxsan"]);
  });

  it.each([
    [1826, "1.826", "ablative", "1.826-dan"],
    [1826, "1.826", "dative", "1.826-ya"],
    [1826, "1.826", "genitive", "1.826-nın"],
    [2024, "2.024", "ablative", "2.024-dən"],
    [2024, "2.024", "dative", "2.024-ə"],
    [2024, "2.024", "genitive", "2.024-ün"],
    [40, "40", "dative", "40-a"],
    [100, "100", "locative", "100-də"],
    [3, "3", "genitive", "3-ün"],
    [844, "844", "accusative", "844-ü"],
    [20, "20", "accusative", "20-ni"],
    [5, "5", "instrumental", "5-lə"],
    [2, "2", "instrumental", "2-ylə"],
    [809, "809", "possessive", "809-u"],
    [2, "2", "possessive", "2-si"],
  ] as const)("%d -> %s with the %s ending: %s", (value, shown, grammaticalCase, expected) => {
    expect(withCase(shown, value, grammaticalCase)).toBe(expected);
  });

  it("read a percentage with 'faiz' last", () => {
    expect(withCase("46,2%", 46.2, "ablative", true)).toBe("46,2%-dən");
  });
});

/**
 * Case endings after a number written in digits, as Azerbaijani spelling wants them: a hyphen
 * and the suffix, in harmony with the last word the number is read as ("1.826" is read
 * "… altı", so "1.826-dan"; "2024" ends in "dörd", so "2024-dən"; "40" in "qırx", "40-a").
 * A percentage is read with "faiz" last ("46,2%-dən"). The possessive marks a part of a whole
 * ("1.464 qərardan 809-u").
 */
export const NUMBER_CASES = ["dative", "ablative", "locative", "genitive", "accusative", "instrumental", "possessive"] as const;
export type NumberCase = (typeof NUMBER_CASES)[number];

const DIGITS = ["", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"];
const TENS = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"];

/** The last word a whole number is read with: 1826 -> "altı", 40 -> "qırx", 300 -> "yüz", 2000 -> "min". */
export function lastWord(value: number): string {
  const n = Math.abs(Math.trunc(value));
  if (n === 0) return "sıfır";
  if (n % 10) return DIGITS[n % 10]!;
  if (n % 100) return TENS[(n % 100) / 10]!;
  if (n % 1000) return "yüz";
  if (n % 1_000_000) return "min";
  if (n % 1_000_000_000) return "milyon";
  return "milyard";
}

const BACK = /[aıou]/;
const VOWELS = /[aıoueəiöü]/g;

/** The suffix of `grammaticalCase` after `word`, by vowel harmony and whether the word ends in a vowel. */
function suffix(word: string, grammaticalCase: NumberCase): string {
  const last = word.match(VOWELS)!.at(-1)!;
  const two = BACK.test(last) ? "a" : "ə";
  const four = { a: "ı", ı: "ı", o: "u", u: "u", e: "i", ə: "i", i: "i", ö: "ü", ü: "ü" }[last]!;
  const vowelEnd = /[aıoueəiöü]$/.test(word);
  switch (grammaticalCase) {
    case "dative":
      return `${vowelEnd ? "y" : ""}${two}`;
    case "ablative":
      return `d${two}n`;
    case "locative":
      return `d${two}`;
    case "genitive":
      return `${vowelEnd ? "n" : ""}${four}n`;
    case "accusative":
      return `${vowelEnd ? "n" : ""}${four}`;
    case "instrumental":
      return `${vowelEnd ? "y" : ""}l${two}`;
    // The third person's possessive, for a part of a whole: "1.464 qərardan 809-u".
    case "possessive":
      return `${vowelEnd ? "s" : ""}${four}`;
  }
}

/** A number as the page shows it, with the case ending: ("1.826", 1826, "ablative") -> "1.826-dan". */
export function withCase(shown: string, value: number, grammaticalCase: NumberCase, percent = false): string {
  return `${shown}-${suffix(percent ? "faiz" : lastWord(value), grammaticalCase)}`;
}

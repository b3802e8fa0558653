/**
 * The rule every narrative and annual summary follows: the only numbers spelled out are
 * years, and every other number comes from a figure reference, so that it follows the
 * dataset. Nor may a number be written out in words to get round the rule.
 */
export const ALLOWED_NUMBERS = ["2011", "2017", "2018", "2020", "2021", "2023", "2024"];
export const FIGURE_REFERENCE = /:[a-z]+\[[^\]]*\](\{[^}]*\})?/g;
const NUMBER_WORDS: Record<"en" | "az" | "ru", RegExp> = {
  en: /\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?)\b/gi,
  az: /(?<![\p{L}])(üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on|iyirmi|otuz|qırx|əlli|altmış|yetmiş|səksən|doxsan|yüz|yüzlərlə|min|minlərlə|milyon)(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(тр[её]х|три|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем\p{L}|восьм\p{L}*|восем\p{L}*|девят\p{L}*|десят\p{L}*|двадцат\p{L}*|тридцат\p{L}*|сорок\p{L}*|сот\p{L}*|сотн\p{L}*|тысяч\p{L}*|миллион\p{L}*|дюжин\p{L}*)(?![\p{L}])/giu,
};

/** Digits, and numbers in words, outside figure references, with the line they stand on. */
export function handTypedNumbers(text: string, language: keyof typeof NUMBER_WORDS = "en"): string[] {
  return text.split("\n").flatMap((line, i) => {
    const prose = line.replace(FIGURE_REFERENCE, "");
    const digits = [...prose.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).filter((n) => !ALLOWED_NUMBERS.includes(n));
    const words = [...prose.matchAll(NUMBER_WORDS[language])].map((m) => m[0]);
    return [...digits, ...words].map((n) => `line ${i + 1}: ${n}`);
  });
}

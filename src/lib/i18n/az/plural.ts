/**
 * The grammar of counts in Azerbaijani. A noun after a number stays singular ("27.328
 * müraciət", "1 müraciət", "5 ay"), and so does the verb of a counted subject, so there is
 * no plural form to choose: `plural` returns the one form it is given. It is kept so that
 * every place where a count governs a word is marked as it is in the other editions.
 *
 * What Azerbaijani does need is the ending after a number written in digits: "2024-cü il",
 * "12 aydan 9-u", "2024-də". It follows the vowel harmony of the number's last word as it
 * is read aloud (2024 ends in "dörd", 2021 in "bir", 2020 in "iyirmi"), so it is computed
 * here from the digits, never typed by hand. `inflect` gives the case endings of the
 * catalog's own words ("ay" -> "aydan"), `inflectCompound` those of an izafet compound whose
 * last word carries the possessive ending ("Dövlət Miqrasiya Xidməti" -> "…Xidmətinin").
 */
export function plural(_count: number, form: string): string {
  return form;
}

const VOWELS = "aıoueəiöü";

/** The four-way vowel (ı, i, u, ü) and the two-way vowel (a, ə) that follow a word's last vowel. */
function harmony(word: string): { high: string; low: string } {
  const last = [...word.toLocaleLowerCase("az")].reverse().find((c) => VOWELS.includes(c)) ?? "ə";
  if (last === "a" || last === "ı") return { high: "ı", low: "a" };
  if (last === "o" || last === "u") return { high: "u", low: "a" };
  if (last === "ö" || last === "ü") return { high: "ü", low: "ə" };
  return { high: "i", low: "ə" };
}

const endsInVowel = (word: string) => VOWELS.includes([...word.toLocaleLowerCase("az")].at(-1) ?? "");

export type Case = "genitive" | "dative" | "accusative" | "locative" | "ablative";

function ending(word: string, grammaticalCase: Case | "possessive" | "plural", buffer: boolean): string {
  const { high, low } = harmony(word);
  switch (grammaticalCase) {
    case "genitive":
      return buffer ? `n${high}n` : `${high}n`;
    case "dative":
      return buffer ? `y${low}` : low;
    case "accusative":
      return buffer ? `n${high}` : high;
    case "locative":
      return `d${low}`;
    case "ablative":
      return `d${low}n`;
    case "possessive":
      return buffer ? `s${high}` : high;
    case "plural":
      return `l${low}r`;
  }
}

/** A word of the catalog's own in a case: "ay" -> "ayın", "aydan"; "göstərici" -> "göstəricinin". */
export function inflect(word: string, grammaticalCase: Case): string {
  return word + ending(word, grammaticalCase, endsInVowel(word));
}

/**
 * An izafet compound in a case, the pronominal "n" before every ending:
 * "Dövlət Miqrasiya Xidməti" -> "Dövlət Miqrasiya Xidmətinin", "…Xidmətinə", "…Xidmətində".
 */
export function inflectCompound(term: string, grammaticalCase: Case): string {
  const { high, low } = harmony(term);
  const endings: Record<Case, string> = { genitive: `n${high}n`, dative: `n${low}`, accusative: `n${high}`, locative: `nd${low}`, ablative: `nd${low}n` };
  return term + endings[grammaticalCase];
}

/** "ay" -> "aylar", "altıaylıq dövr" -> "altıaylıq dövrlər", "il" -> "illər". */
export function pluralOf(word: string): string {
  return word + ending(word, "plural", false);
}

/** The singular a `pluralOf` came from: "aylar" -> "ay". */
export function singularOf(word: string): string {
  return word.replace(/l[aə]r$/, "");
}

const ONES = ["sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"];
const TENS = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"];

/**
 * The last word of a number as it is read aloud, which its ending follows. Takes the number
 * as a reader sees it ("27.328", "5,6"): grouping dots are dropped, and the digits after a
 * decimal comma are read on their own.
 */
function lastWord(written: string): string {
  const [whole, fraction] = written.replace(/[^\d,]/g, "").split(",");
  const digits = fraction ? fraction : (whole ?? "0");
  const n = BigInt(digits || "0");
  if (n === 0n) return ONES[0]!;
  if (n % 10n !== 0n) return ONES[Number(n % 10n)]!;
  if (n % 100n !== 0n) return TENS[Number((n % 100n) / 10n)]!;
  if (n % 1000n !== 0n) return "yüz";
  if ((n / 1000n) % 1000n !== 0n) return "min";
  if ((n / 1000000n) % 1000n !== 0n) return "milyon";
  return "milyard";
}

/** A number with the ordinal ending: "2024" -> "2024-cü", "9" -> "9-cu", "2021" -> "2021-ci". */
export function ordinal(written: string, options: { possessive?: boolean } = {}): string {
  const { high } = harmony(lastWord(written));
  // "9-cu" + "su": the ordinal ends in a vowel, so its possessive takes the "s" buffer.
  return `${written}-c${high}${options.possessive ? `s${high}` : ""}`;
}

/** A number with a case or possessive ending: "3" -> "3-ü" (possessive), "2024" -> "2024-də". */
export function afterNumber(written: string, grammaticalCase: Case | "possessive"): string {
  const word = lastWord(written);
  return `${written}-${ending(word, grammaticalCase, endsInVowel(word))}`;
}

/** A year as an ordinal before "il": "2024" -> "2024-cü il". */
export function year(written: string): string {
  return `${ordinal(written)} il`;
}

/** A date as Intl writes it, with the year an ordinal as official texts write it: "19 mart 2007" -> "19 mart 2007-ci il". */
export function dateInWords(date: string): string {
  const match = /^(.*\D)?(\d{4})$/.exec(date);
  return match ? `${match[1] ?? ""}${year(match[2]!)}` : date;
}

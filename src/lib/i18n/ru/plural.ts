const rules = new Intl.PluralRules("ru");

/**
 * The forms of a word after a number, by Russian plural rules: `one` after 1, 21, 101
 * ("21 звонок"), `few` after 2–4, 22–24 ("3 звонка"), `many` after 0, 5–20, 25–30
 * ("5 звонков"), `other` after a fraction ("1,5 звонка"). Counts are whole numbers, so
 * `other` may be left out; it then takes the `few` form, which is right for nouns.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other?: string;
}

/** The form of a word that goes with `count`: "1 показатель", "3 показателя", "18 показателей". */
export function plural(count: number, forms: PluralForms): string {
  const category = rules.select(count);
  if (category === "one") return forms.one;
  if (category === "few") return forms.few;
  if (category === "many") return forms.many;
  return forms.other ?? forms.few;
}

/**
 * The same for a message that is given a count only as formatted text ("27 328"): the
 * digits are read back to choose the form. Only for whole counts, never for a value with
 * decimals; a message that can have the number itself should ask for it instead.
 */
export function pluralOf(formatted: string, forms: PluralForms): string {
  return plural(Number(formatted.replace(/\D/g, "")), forms);
}

/** A formatted value and the word that counts it ("5 261 звонок"); a percentage has no word. */
export function withUnit(value: string, unit: string): string {
  return unit ? `${value} ${unit}` : value;
}

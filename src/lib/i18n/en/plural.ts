const rules = new Intl.PluralRules("en-GB");

/** The form of a noun that goes with `count`, by English plural rules: "1 figure", "2 figures". */
export function plural(count: number, one: string, other: string): string {
  return rules.select(count) === "one" ? one : other;
}

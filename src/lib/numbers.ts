/**
 * How the SMS documents write numbers. The same "747.107" means 747,107 in the 2018 press
 * release but would be a decimal elsewhere, so a raw figure is only meaningful together with
 * its document's format.
 */
export const NUMBER_FORMATS = ["grouped-any", "comma-grouped", "dot-grouped"] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

const PATTERNS: Record<NumberFormat, RegExp> = {
  // "827,352" and "747.107" side by side: both marks group thousands, no decimals exist.
  "grouped-any": /^(?:\d+|\d{1,3}(?:[.,]\d{3})+)$/,
  "comma-grouped": /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/,
  "dot-grouped": /^(?:\d+|\d{1,3}(?:\.\d{3})+)$/,
};

/** Every run of digits with its separators, as it stands in a text ("16.1.8" is one token). */
export const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/** The value a figure printed as `raw` stands for, or null when `raw` is not a number in `format`. */
export function parseRawNumber(raw: string, format: NumberFormat): number | null {
  if (!PATTERNS[format].test(raw)) return null;
  const plain = format === "comma-grouped" ? raw.replaceAll(",", "") : raw.replaceAll(/[.,]/g, "");
  return Number(plain);
}

import type { PeriodKind } from "../dataset/types.ts";

export interface NamedPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
  /** Number tokens in the name itself (a year, a count of months), which are not figures. */
  tokens: string[];
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const CUMULATIVE: Record<number, { suffix: string; kind: PeriodKind; label: (year: string) => string }> = {
  6: { suffix: "h1", kind: "half-year", label: (y) => `January–June ${y}` },
  9: { suffix: "9m", kind: "nine-months", label: (y) => `January–September ${y}` },
  12: { suffix: "", kind: "year", label: (y) => y },
};

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Reads the period names the bulletins use: "November of 2024", "November 2024",
 * "9 months of 2024", "6 months of 2024", "2023". Undefined for any other name.
 */
export function parsePeriodName(name: string): NamedPeriod | undefined {
  const text = name.trim().replace(/\s+/g, " ");
  let match = /^([A-Za-z]+) (?:of )?(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    const year = Number(match[2]);
    const label = `${match[1]![0]!.toUpperCase()}${match[1]!.slice(1).toLowerCase()} ${year}`;
    return { id: `${year}-${pad(month)}`, label, kind: "month", start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}`, tokens: [match[2]!] };
  }
  match = /^(\d{1,2}) months of (\d{4})$/.exec(text);
  if (match) {
    const span = CUMULATIVE[Number(match[1])];
    if (!span) return undefined;
    const year = match[2]!;
    const months = Number(match[1]);
    return { id: span.suffix ? `${year}-${span.suffix}` : year, label: span.label(year), kind: span.kind, start: `${year}-01-01`, end: `${year}-${pad(months)}-${lastDay(Number(year), months)}`, tokens: [match[1]!, year] };
  }
  match = /^(?:the year )?(\d{4})$/.exec(text);
  if (match) {
    const year = match[1]!;
    return { id: year, label: year, kind: "year", start: `${year}-01-01`, end: `${year}-12-31`, tokens: [year] };
  }
  return undefined;
}

import { periodIdFor } from "../dataset/periodId.ts";
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
const CUMULATIVE: Record<number, { kind: PeriodKind; label: (year: string) => string }> = {
  6: { kind: "half-year", label: (y) => `January–June ${y}` },
  9: { kind: "nine-months", label: (y) => `January–September ${y}` },
  12: { kind: "year", label: (y) => y },
};

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

const named = (kind: PeriodKind, label: string, start: string, end: string, tokens: string[]): NamedPeriod => ({ id: periodIdFor(kind, start, end)!, label, kind, start, end, tokens });

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
    return named("month", label, `${year}-${pad(month)}-01`, `${year}-${pad(month)}-${lastDay(year, month)}`, [match[2]!]);
  }
  match = /^(\d{1,2}) months of (\d{4})$/.exec(text);
  if (match) {
    const span = CUMULATIVE[Number(match[1])];
    if (!span) return undefined;
    const year = match[2]!;
    const months = Number(match[1]);
    return named(span.kind, span.label(year), `${year}-01-01`, `${year}-${pad(months)}-${lastDay(Number(year), months)}`, [match[1]!, year]);
  }
  match = /^(?:the year )?(\d{4})$/.exec(text);
  if (match) {
    const year = match[1]!;
    return named("year", year, `${year}-01-01`, `${year}-12-31`, [year]);
  }
  return undefined;
}

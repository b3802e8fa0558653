import type { PeriodKind } from "./schema.ts";

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The id a calendar period of `kind` from `start` to `end` (YYYY-MM-DD) carries: "2024-11"
 * for November 2024, "2024-h1" and "2024-h2" for the halves, "2024-9m" for January to
 * September, "2024" for the year, "2018-07-01" for a snapshot on that day. Undefined when
 * the dates are not such a period (a half-year from March, a month that ends on the 15th)
 * or the kind has no calendar (unknown).
 */
export function periodIdFor(kind: PeriodKind, start: string, end: string): string | undefined {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split("-").map(Number) as [number, number, number];
  const y = String(year).padStart(4, "0");
  const endsMonth = endYear === year && endDay === lastDayOfMonth(endYear, endMonth);
  if (kind === "snapshot") return start === end ? start : undefined;
  if (day !== 1 || !endsMonth) return undefined;
  if (kind === "month") return endMonth === month ? `${y}-${String(month).padStart(2, "0")}` : undefined;
  if (kind === "half-year") return month === 1 && endMonth === 6 ? `${y}-h1` : month === 7 && endMonth === 12 ? `${y}-h2` : undefined;
  if (kind === "nine-months") return month === 1 && endMonth === 9 ? `${y}-9m` : undefined;
  if (kind === "year") return month === 1 && endMonth === 12 ? y : undefined;
  return undefined;
}

/** Whether `id` names a period of `expected`: the id itself, or it with a letter for a twin ("2023-08-a"). */
export function idMatches(id: string, expected: string): boolean {
  return id === expected || new RegExp(`^${expected}-[a-z]$`).test(id);
}

/** Whether an id reads as a date-based period id, so that it must agree with a kind and dates. */
export function looksDated(id: string): boolean {
  return /^\d{4}(?:$|-)/.test(id);
}

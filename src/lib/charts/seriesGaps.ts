import type { Dataset, PeriodKind } from "../dataset/types.ts";

/**
 * Why a series has no figure where a period of its kind would stand: the sources hold no
 * period of that kind for those days at all (`no-bulletin`), or they hold one but not this
 * figure for it (`no-figure`).
 */
export type GapReason = "no-bulletin" | "no-figure";

/** Days on a series' time axis where it has no figure, and why. */
export interface SeriesGap {
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  reason: GapReason;
}

interface Span {
  start: string;
  end: string;
}

/** Kinds whose periods repeat every year over the same days (January–June, January–September, the year). */
const YEARLY_KINDS: readonly PeriodKind[] = ["half-year", "nine-months", "year"];

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayAfter = (day: string) => iso(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000);

/** The calendar months from the month of `from` to the month of `to`, each as its first and last day. */
function monthSlots(from: string, to: string): Span[] {
  const slots: Span[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = to.split("-").map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    slots.push({ start: iso(Date.UTC(year, month - 1, 1)), end: iso(Date.UTC(year, month, 0)) });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return slots;
}

/** `sample` moved to every year whose copy ends from the year of `from` to the year of `to`. */
function yearlySlots(sample: Span, from: string, to: string): Span[] {
  const shift = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
  const sampleEnd = Number(sample.end.slice(0, 4));
  const slots: Span[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) slots.push({ start: shift(sample.start, year - sampleEnd), end: shift(sample.end, year - sampleEnd) });
  return slots;
}

// A build asks for the gaps of thousands of series over the same periods.
const heldCache = new WeakMap<object, Map<PeriodKind, Set<string>>>();

/** The slots (months, or years) that the dataset holds a period of `kind` for. */
function heldSlots(dataset: Pick<Dataset, "periods">, kind: PeriodKind, slotOf: (s: Span) => string): Set<string> {
  let byKind = heldCache.get(dataset.periods);
  if (!byKind) heldCache.set(dataset.periods, (byKind = new Map()));
  let slots = byKind.get(kind);
  if (!slots) byKind.set(kind, (slots = new Set(dataset.periods.filter((p) => p.kind === kind && p.start && p.end).map((p) => slotOf({ start: p.start!, end: p.end! })))));
  return slots;
}

/**
 * Where a series of one kind of period (`figures`, each with the days it covers) has no
 * figure, between its first and last figure or across `extent` when given (a time axis
 * shared with other series). Months are counted by the calendar month they start in;
 * half-years, nine-month totals and years by the year they end in. Consecutive empty slots with one reason make one
 * gap. Other kinds (snapshots) have no regular slots, and so no gaps.
 */
export function seriesGaps(dataset: Pick<Dataset, "periods">, kind: PeriodKind, figures: readonly Span[], extent?: Span): SeriesGap[] {
  if (figures.length === 0 || (kind !== "month" && !YEARLY_KINDS.includes(kind))) return [];
  const from = extent?.start ?? figures.reduce((a, f) => (f.start < a ? f.start : a), figures[0]!.start);
  const to = extent?.end ?? figures.reduce((a, f) => (f.end > a ? f.end : a), figures[0]!.end);
  const slotOf = kind === "month" ? (s: Span) => s.start.slice(0, 7) : (s: Span) => s.end.slice(0, 4);
  const charted = new Set(figures.map(slotOf));
  const held = heldSlots(dataset, kind, slotOf);
  const slots = kind === "month" ? monthSlots(from, to) : yearlySlots(figures[0]!, from, to);

  const gaps: SeriesGap[] = [];
  for (const slot of slots) {
    if (charted.has(slotOf(slot)) || slot.start < from || slot.end > to) continue;
    const reason: GapReason = held.has(slotOf(slot)) ? "no-figure" : "no-bulletin";
    const last = gaps.at(-1);
    if (last && last.reason === reason && dayAfter(last.end) === slot.start) last.end = slot.end;
    else gaps.push({ ...slot, reason });
  }
  return gaps;
}

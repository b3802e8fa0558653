import type { Dataset, Observation, Period } from "../dataset/types.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import type { Messages } from "../i18n/messages.ts";
import { figureTables, type FigureTable } from "../periods/figureTables.ts";
import type { YearPeriods } from "./yearPeriods.ts";

/** A set of figure tables on a year page, one table per topic, with the periods as columns. */
export interface YearTableSet {
  /** Prefix of the tables' ids on the page: "months", "cumulative", "full-year", or a companion's id. */
  id: string;
  heading: string;
  /** The document most of the columns come from: its citations need only the line. */
  homeDocument: string;
  tables: FigureTable[];
}

/**
 * The tables of a year page: the months side by side, the cumulative periods side by side
 * (never mixed with the months), the full year, and companions of another kind (a snapshot)
 * on their own. A comparison period of the same kind joins its host's columns, as on the
 * period page.
 */
export function yearTables(dataset: Dataset, derived: readonly DerivedObservation[], year: YearPeriods, m: Messages): YearTableSet[] {
  const w = m.notes.year.tables;
  const figures: (Observation | DerivedObservation)[] = [...dataset.observations, ...derived];
  const hasFigures = (p: Period) => figures.some((o) => o.period === p.id);
  const sameKindCompanions = (p: Period) => year.companions.filter((c) => c.companionOf === p.id && c.kind === p.kind && hasFigures(c));
  const withCompanions = (periods: readonly Period[]) => periods.flatMap((p) => [p, ...sameKindCompanions(p)]);
  const sets = [
    { id: "months", heading: w.months(year.year), columns: year.months },
    { id: "cumulative", heading: w.cumulative, columns: withCompanions(year.cumulative) },
    { id: "full-year", heading: w.fullYear(year.year), columns: withCompanions(year.fullYear ? [year.fullYear] : []) },
    ...year.companions
      .filter((c) => hasFigures(c) && !withCompanions(year.periods).includes(c))
      .map((c) => ({ id: c.id, heading: w.companion(m.terms.kinds.label[c.kind], c.label), columns: [c] })),
  ];
  return sets
    .filter((s) => s.columns.length > 0)
    .map((s) => ({ id: s.id, heading: s.heading, homeDocument: mostCommon(s.columns.map((p) => p.document)), tables: figureTables(dataset, s.columns, figures) }))
    .filter((s) => s.tables.length > 0);
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

import type { NumberFormat } from "../numbers.ts";
import type { OmissionReason, PeriodFlag, PeriodKind, RevisionKind } from "./schema.ts";

export type { OmissionReason, PeriodFlag, PeriodKind, RevisionKind };

/** Where a fact sits in the source text. */
export interface Citation {
  document: string;
  line: number;
}

export interface SourceDocument {
  id: string;
  file: string;
  /** A few words that name the document in citations. */
  short: string;
  title: string;
  kind: string;
  numberFormat: NumberFormat;
  /** How many lines the text has: no citation may point past them. */
  lines: number;
}

export interface Period {
  id: string;
  label: string;
  kind: PeriodKind;
  start?: string;
  end?: string;
  document: string;
  lines: { from: number; to: number };
  sourceLabel: string;
  flags: PeriodFlag[];
  companionOf?: string;
  /** For a derived period: the cumulative period and the periods subtracted from it. */
  derivedFrom?: { total: string; minus: string[] };
  institutional: boolean;
  note?: string;
  /** The day its figures were first published in this report, YYYY-MM-DD. */
  published: string;
}

export interface MetricGroup {
  id: string;
  label: string;
}

export interface Unit {
  id: string;
  one: string;
  other: string;
  /** The unit's word in each plural form of the edition's language (Intl.PluralRules), where it has more than one and other. */
  forms?: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** The unit's name as a column heading or an axis says it ("Calls"); the plural "other" where not given. */
  label?: string;
  /** Whether figures in this unit may have decimals; counts are whole numbers. */
  fractional: boolean;
}

export interface Metric {
  id: string;
  label: string;
  unit: string;
  group: string;
  parent?: string;
  claim?: "change" | "share";
  claimOf?: string;
  /** Other figures a stated change may have been computed from. */
  claimAlsoOf?: string[];
  /** Its place among the key indicators the home page charts (1 first); absent for the others. */
  key?: number;
  definition: string;
}

/** `metric` can never exceed `atMost`, counted in the same period or on the day after it ends. */
export interface MetricRelation {
  metric: string;
  atMost: string;
  when: "same-period" | "day-after";
  reason: string;
}

export interface Observation extends Citation {
  period: string;
  metric: string;
  value: number;
  /** The figure exactly as the source prints it. */
  raw: string;
  /** For a stated percent change: the period it compares with. */
  vs?: string;
  note?: string;
}

export interface Omission extends Citation {
  token: string;
  reason: OmissionReason;
  note: string;
}

/** A figure changed after it was first published in this report; the citation is the new value's. */
export interface Revision extends Citation {
  period: string;
  metric: string;
  oldValue: number;
  newValue: number;
  /** The day the change was made in this report, YYYY-MM-DD. */
  date: string;
  kind: RevisionKind;
  reason: string;
}

export interface InstitutionFacts {
  founded: Citation & { date: string; instrument: string };
}

export interface Dataset {
  documents: SourceDocument[];
  periods: Period[];
  groups: MetricGroup[];
  units: Unit[];
  metrics: Metric[];
  relations: MetricRelation[];
  observations: Observation[];
  omissions: Omission[];
  /** Every change to a published figure, in file order. */
  revisions: Revision[];
  institution: InstitutionFacts;
}

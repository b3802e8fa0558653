import { z } from "zod";
import { CONTROL_CHARACTERS } from "../escape.ts";
import { NUMBER_FORMATS } from "../numbers.ts";

/** Ids are lower-case words joined by dots or hyphens; YAML reads `2023` as a number, so accept that too. */
const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const ID_RULE = { error: "use lower-case letters, digits, '.' and '-' only" };
const id = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(ID_PATTERN, ID_RULE));

/**
 * What any text of the dataset may not hold, whoever wrote it: control characters (no XML
 * file can carry them, and they hide in copied text) and a leading "=", "+", "-" or "@",
 * which a spreadsheet opening the site's CSV downloads would run as a formula.
 */
const safeText = (schema: z.ZodString) =>
  schema
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: "remove the control characters (invisible characters copied with the text)" })
    .refine((s) => !/^[=+\-@]/.test(s), { error: 'start the text with a word, not "=", "+", "-" or "@" (spreadsheets would read it as a formula)' });

const text = safeText(z.string({ error: "write a non-empty text" }).trim().min(1, { error: "write a non-empty text" }));

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDate = z
  .string({ error: "write the date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "write the date as YYYY-MM-DD" })
  .refine(isCalendarDate, { error: "this day does not exist in the calendar" });

export const PERIOD_KINDS = ["month", "half-year", "nine-months", "year", "snapshot", "unknown"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_FLAGS = ["duplicate-label", "unknown-period", "derived"] as const;
export type PeriodFlag = (typeof PERIOD_FLAGS)[number];

export const OMISSION_REASONS = [
  "period-label",
  "date",
  "legal-reference",
  "legal-rule",
  "phone-number",
  "service-hours",
  "name",
  "descriptive",
  "footer",
] as const;
export type OmissionReason = (typeof OMISSION_REASONS)[number];

export const documentSchema = z.strictObject({
  id,
  file: z.string().regex(/^[\w.-]+\.txt$/, { error: "give the file name of the source text, e.g. 004_….txt" }),
  short: text,
  title: text,
  kind: text,
  number_format: z.enum(NUMBER_FORMATS, { error: `choose one of: ${NUMBER_FORMATS.join(", ")}` }),
  lines: z.number({ error: "give the number of lines of the source text (npm run audit:sources prints it)" }).int().positive({ error: "give the number of lines of the source text (npm run audit:sources prints it)" }),
});

export const periodSchema = z.strictObject({
  id,
  label: text,
  kind: z.enum(PERIOD_KINDS, { error: `choose one of: ${PERIOD_KINDS.join(", ")}` }),
  start: isoDate.optional(),
  end: isoDate.optional(),
  document: id,
  lines: z.string().regex(/^\d+-\d+$/, { error: 'give the first and last line as "from-to", e.g. "13-30"' }),
  source_label: z.union([z.string(), z.number()]).transform(String).pipe(text),
  flags: z.array(z.enum(PERIOD_FLAGS, { error: `flags are: ${PERIOD_FLAGS.join(", ")}` })).default([]),
  companion_of: id.optional(),
  derived_from: z
    .strictObject({
      total: id,
      minus: z.array(id).min(1, { error: "name at least one period to subtract" }),
    }, { error: "give the cumulative period as total and the periods to subtract as minus" })
    .optional(),
  institutional: z.boolean().default(false),
  note: text.optional(),
  /** The day the period's figures were first published in this report (ingest writes it). */
  published: isoDate,
});

export const groupSchema = z.strictObject({ id, label: text });
export const unitSchema = z.strictObject({
  id,
  one: text,
  other: text,
  /** Whether a figure in this unit may have decimals (percent, a score); counts may not. */
  fractional: z.boolean({ error: "fractional is true or false" }).default(false),
});

export const metricSchema = z.strictObject({
  id,
  label: text,
  unit: id,
  group: id,
  parent: id.optional(),
  claim: z.enum(["change", "share"], { error: "claim is either change or share" }).optional(),
  claim_of: id.optional(),
  /** Other figures the stated change may have been computed from (the source names one subject, prints several). */
  claim_also_of: z.array(id).optional(),
  /** Its place (1, 2, …) among the key indicators the home page charts, for the few that have one. */
  key: z.number({ error: "key is the indicator's place on the home page: 1, 2, 3…" }).int({ error: "key is a whole number: 1, 2, 3…" }).positive({ error: "key is a whole number: 1, 2, 3…" }).optional(),
  definition: text,
});

export const RELATION_TIMES = ["same-period", "day-after"] as const;

/** A relation the sources imply between two metrics: `metric` can never exceed `at_most`. */
export const relationSchema = z.strictObject({
  metric: id,
  at_most: id,
  /** Where the bound is counted: in the same period, or in a snapshot on the day after the period ends. */
  when: z.enum(RELATION_TIMES, { error: `choose one of: ${RELATION_TIMES.join(", ")}` }).default("same-period"),
  /** Why the relation holds, in a reader's words: it is printed when a figure breaks it. */
  reason: text,
});

const lineNumber = z
  .string()
  .regex(/^[1-9]\d*$/, { error: "give the line number in the source document (1 or more)" })
  .transform(Number);

export const observationSchema = z.strictObject({
  period: id,
  metric: id,
  value: z
    .string()
    .regex(/^-?\d+(?:\.\d+)?$/, { error: 'write the value as a plain number, e.g. 27328 or 92.78 (no separators)' })
    .transform(Number),
  raw: z.string().min(1, { error: "copy the figure exactly as the source prints it, e.g. 747.107" }),
  document: z.string().min(1, { error: "cite the source document by its id in documents.yaml" }).regex(ID_PATTERN, ID_RULE),
  line: lineNumber,
  vs: z.string().transform((s) => (s === "" ? undefined : s)),
  note: safeText(z.string()).transform((s) => (s === "" ? undefined : s)),
});

export const OBSERVATION_COLUMNS = ["period", "metric", "value", "raw", "document", "line", "vs", "note"] as const;

export const omissionSchema = z.strictObject({
  document: id,
  line: lineNumber,
  token: z.string().regex(/^\d+(?:[.,]\d+)*$/, { error: "give the number token exactly as printed" }),
  reason: z.enum(OMISSION_REASONS, { error: `choose one of: ${OMISSION_REASONS.join(", ")}` }),
  note: text,
});

export const OMISSION_COLUMNS = ["document", "line", "token", "reason", "note"] as const;

export const REVISION_KINDS = ["correction", "revision"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

const figureValue = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?$/, { error: "write the value as a plain number, e.g. 27328 or 92.78 (no separators)" })
  .transform(Number);

/**
 * A published figure that changed after this report first published it: a `correction` of
 * this report's own error (a figure mis-transcribed), or a `revision` by the source (a later
 * document prints another value). The citation is the new value's.
 */
export const revisionSchema = z.strictObject({
  period: id,
  metric: id,
  old_value: figureValue,
  new_value: figureValue,
  date: isoDate,
  kind: z.enum(REVISION_KINDS, { error: `choose one of: ${REVISION_KINDS.join(", ")} (correction: this report's error; revision: the source changed it)` }),
  reason: text,
  document: id,
  line: lineNumber,
});

export const REVISION_COLUMNS = ["period", "metric", "old_value", "new_value", "date", "kind", "reason", "document", "line"] as const;

export const institutionSchema = z.strictObject({
  founded: z.strictObject({
    date: isoDate,
    instrument: text,
    document: id,
    line: z.number().int().positive(),
  }),
});

import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isMap, type Node, type Pair } from "yaml";
import { z } from "zod";
import { CONTROL_CHARACTERS } from "../escape.ts";
import { withoutBom } from "../sourceText.ts";
import { DatasetError, type DatasetIssue } from "./DatasetError.ts";
import { parseYamlDocument } from "./readYaml.ts";
import type { Dataset } from "./types.ts";
import { nearestIds } from "./validate.ts";

/**
 * The dataset's reader-facing texts in another language (content/data/editions/<lang>.yaml):
 * the labels and definitions of metrics, groups and periods, unit words in every plural
 * form the language has, document titles and the notes on figures. Ids and figures stay
 * those of the dataset; only words are swapped.
 */
export interface EditionTexts {
  groups: Record<string, string>;
  /** The unit's word in each plural form of the language, and its name as a heading says it. */
  units: Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { label: string }>;
  metrics: Record<string, { label: string; definition: string }>;
  /** The period's name, how the source names it (translated, the sources being English), and its note. */
  periods: Record<string, { label: string; source_label: string; note?: string }>;
  /** The reasons of the relations between metrics, keyed "<metric>|<at most>". */
  relations: Record<string, { reason: string }>;
  documents: Record<string, { short: string; title: string; kind: string }>;
  /** Keyed "<period>|<metric>", for the figures whose row has a note. */
  observations: Record<string, { note: string }>;
  founded: { instrument: string };
}

const text = z
  .string({ error: "write the text" })
  .trim()
  .min(1, { error: "write the text" })
  .refine((s) => !CONTROL_CHARACTERS.test(s), { error: "remove the control characters (invisible characters copied with the text)" })
  .refine((s) => !/^[=+\-@]/.test(s), { error: "do not start a text with =, +, - or @: a spreadsheet would run it as a formula" });

const schema = z.strictObject({
  groups: z.record(z.string(), text),
  units: z.record(z.string(), z.strictObject({ zero: text.optional(), one: text.optional(), two: text.optional(), few: text.optional(), many: text.optional(), other: text, label: text })),
  metrics: z.record(z.string(), z.strictObject({ label: text, definition: text })),
  periods: z.record(z.string(), z.strictObject({ label: text, source_label: text, note: text.optional() })),
  relations: z.record(z.string(), z.strictObject({ reason: text })).default({}),
  documents: z.record(z.string(), z.strictObject({ short: text, title: text, kind: text })),
  observations: z.record(z.string(), z.strictObject({ note: text })).default({}),
  founded: z.strictObject({ instrument: text }),
});

/** The ids each section must name: exactly the dataset's. */
function expectedIds(dataset: Dataset): Record<Exclude<keyof EditionTexts, "founded">, string[]> {
  return {
    groups: dataset.groups.map((g) => g.id),
    units: dataset.units.map((u) => u.id),
    metrics: dataset.metrics.map((m) => m.id),
    periods: dataset.periods.map((p) => p.id),
    documents: dataset.documents.map((d) => d.id),
    observations: dataset.observations.filter((o) => o.note).map((o) => `${o.period}|${o.metric}`),
    relations: dataset.relations.map((r) => `${r.metric}|${r.atMost}`),
  };
}

/**
 * Reads and checks the texts of the edition in `locale` against the dataset: every id the
 * dataset has, no other, every plural form the language needs, a note wherever the dataset
 * has one. Every problem is reported at its line, with the fix.
 */
export function loadEditionTexts(file: string, dataset: Dataset, locale: string, displayRoot: string = process.cwd()): EditionTexts {
  const shown = relative(displayRoot, file) || file;
  let source: string;
  try {
    source = withoutBom(readFileSync(file, "utf8"));
  } catch {
    throw new DatasetError([{ file: shown, line: 0, message: "the file is missing", fix: `write the ${locale} texts of the dataset in ${shown} (see content/data/editions/README.md)` }]);
  }
  const { doc, counter } = parseYamlDocument(source, shown);
  const lineOf = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let line = 0;
    for (const key of path) {
      if (!isMap(node)) break;
      const pair = (node.items as Pair[]).find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const offset = (pair.key as Node | null)?.range?.[0];
      if (offset !== undefined) line = counter.linePos(offset).line;
      node = pair.value;
    }
    return line;
  };
  const issues: DatasetIssue[] = [];
  const parsed = schema.safeParse(doc.toJSON());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.map(String);
      const message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message;
      issues.push({ file: shown, line: lineOf(where), message: `${where.join(".") || "the file"}: ${message}`, fix: "write the sections groups, units, metrics, periods, documents, observations and founded, as content/data/editions/README.md shows" });
    }
    throw new DatasetError(issues);
  }
  const texts = parsed.data as EditionTexts;

  for (const [section, ids] of Object.entries(expectedIds(dataset)) as [keyof typeof texts, string[]][]) {
    const given = Object.keys(texts[section]);
    for (const id of ids)
      if (!given.includes(id)) issues.push({ file: shown, line: lineOf([section]), message: `${section} has no ${locale} text for "${id}"`, fix: `add ${id} under ${section}, in ${locale}` });
    for (const id of given)
      if (!ids.includes(id)) issues.push({ file: shown, line: lineOf([section, id]), message: `${section}.${id} is not in the dataset`, fix: `correct the id (nearest: ${nearestIds(id, ids).join(", ")}) or remove it` });
  }
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [id, words] of Object.entries(texts.units))
    for (const form of forms) if (!words[form as Intl.LDMLPluralRule]) issues.push({ file: shown, line: lineOf(["units", id]), message: `unit ${id} has no "${form}" form`, fix: `give the word for ${form} in ${locale} (the language's plural forms: ${forms.join(", ")})` });
  for (const period of dataset.periods)
    if (period.note && texts.periods[period.id] && !texts.periods[period.id]!.note)
      issues.push({ file: shown, line: lineOf(["periods", period.id]), message: `period ${period.id} has a note in the dataset but none in ${locale}`, fix: "translate the note" });
  if (issues.length > 0) throw new DatasetError(issues);
  return texts;
}

/** The dataset with its words in the edition's language; ids, figures and citations unchanged. */
export function localisedDataset(dataset: Dataset, texts: EditionTexts): Dataset {
  return {
    ...dataset,
    groups: dataset.groups.map((g) => ({ ...g, label: texts.groups[g.id]! })),
    units: dataset.units.map((u) => {
      const forms = texts.units[u.id]!;
      const { label, ...words } = forms;
      return { ...u, one: (words.one ?? words.other)!, other: words.other!, label, forms: words };
    }),
    metrics: dataset.metrics.map((m) => ({ ...m, ...texts.metrics[m.id]! })),
    periods: dataset.periods.map((p) => ({ ...p, label: texts.periods[p.id]!.label, sourceLabel: texts.periods[p.id]!.source_label, note: p.note && texts.periods[p.id]!.note })),
    relations: dataset.relations.map((r) => ({ ...r, reason: texts.relations[`${r.metric}|${r.atMost}`]!.reason })),
    documents: dataset.documents.map((d) => ({ ...d, ...texts.documents[d.id]! })),
    observations: dataset.observations.map((o) => (o.note ? { ...o, note: texts.observations[`${o.period}|${o.metric}`]!.note } : o)),
    institution: { ...dataset.institution, founded: { ...dataset.institution.founded, instrument: texts.founded.instrument } },
  };
}

import { readFileSync } from "node:fs";
import { withoutBom } from "../sourceText.ts";
import { join, relative } from "node:path";
import { DatasetError, type DatasetIssue } from "./DatasetError.ts";
import { parseEntries, type Parsed, type RawEntry } from "./parseEntries.ts";
import { readCsv } from "./readCsv.ts";
import { parseYamlDocument, readYamlList } from "./readYaml.ts";
import {
  OBSERVATION_COLUMNS,
  OMISSION_COLUMNS,
  REVISION_COLUMNS,
  documentSchema,
  groupSchema,
  institutionSchema,
  metricSchema,
  relationSchema,
  observationSchema,
  omissionSchema,
  periodSchema,
  revisionSchema,
  unitSchema,
} from "./schema.ts";
import type { Dataset, Metric, MetricRelation, Observation, Omission, Period, Revision, SourceDocument } from "./types.ts";
import { checkDataset, type LocatedDataset } from "./validate.ts";

/** The files that make up the dataset, relative to its folder. */
export const DATASET_FILES = {
  documents: "documents.yaml",
  periods: "periods.yaml",
  metrics: "metrics.yaml",
  observations: "observations.csv",
  omissions: "omitted.csv",
  revisions: "revisions.csv",
  institution: "institution.yaml",
} as const;

/** The rows of a CSV file as entries; rows that do not parse are added to `issues` and skipped. */
function csvEntries(text: string, file: string, columns: readonly string[], issues: DatasetIssue[]): RawEntry[] {
  const read = readCsv(text, file, columns);
  issues.push(...read.issues);
  return read.records.map((record) => ({ value: record.fields, line: record.line, lineOf: () => record.line }));
}

function toPeriod({ value: p }: Parsed<ReturnType<typeof periodSchema.parse>>): Period {
  const [from = 0, to = 0] = p.lines.split("-").map(Number);
  return {
    id: p.id,
    label: p.label,
    kind: p.kind,
    start: p.start,
    end: p.end,
    document: p.document,
    lines: { from, to },
    sourceLabel: p.source_label,
    flags: p.flags,
    companionOf: p.companion_of,
    derivedFrom: p.derived_from,
    institutional: p.institutional,
    note: p.note,
    published: p.published,
  };
}

function toMetric({ value: m }: Parsed<ReturnType<typeof metricSchema.parse>>): Metric {
  return {
    id: m.id,
    label: m.label,
    unit: m.unit,
    group: m.group,
    parent: m.parent,
    claim: m.claim,
    claimOf: m.claim_of,
    claimAlsoOf: m.claim_also_of,
    key: m.key,
    definition: m.definition,
  };
}

/**
 * Reads and checks the dataset in `dir`. Throws a DatasetError listing every problem found,
 * each with its file, line and a fix; returns only a dataset that passed every check.
 */
export function loadDataset(dir: string, displayRoot: string = process.cwd()): Dataset {
  const path = (name: string) => join(dir, name);
  const shown = (name: string) => relative(displayRoot, path(name)) || name;
  // A file that is missing, empty or unreadable as a whole stops the checks that need it:
  // the hundreds of consequences (every figure's metric unknown) would hide the one cause.
  const fileIssues: DatasetIssue[] = [];
  const issues: DatasetIssue[] = [];
  const read = (name: string) => {
    let text: string;
    try {
      text = readFileSync(path(name), "utf8");
    } catch {
      throw new DatasetError([{ file: shown(name), line: 0, message: "the file is missing", fix: `create ${name} in ${dir}` }]);
    }
    text = withoutBom(text);
    if (text.trim() === "") throw new DatasetError([{ file: shown(name), line: 0, message: "the file is empty", fix: `restore ${name} from version control, or write its entries` }]);
    return text;
  };
  const attempt = <T>(produce: () => T, fallback: T): T => {
    try {
      return produce();
    } catch (error) {
      if (error instanceof DatasetError) {
        fileIssues.push(...error.issues);
        return fallback;
      }
      throw error;
    }
  };
  /** The entries of a file, or a file-level problem when it has none at all. */
  const nonEmpty = <T>(entries: T[], name: string, what: string): T[] => {
    if (entries.length === 0) fileIssues.push({ file: shown(name), line: 0, message: `the file lists no ${what}`, fix: `restore ${name} from version control, or add its ${what}` });
    return entries;
  };

  const files = {
    documents: shown(DATASET_FILES.documents),
    periods: shown(DATASET_FILES.periods),
    metrics: shown(DATASET_FILES.metrics),
    observations: shown(DATASET_FILES.observations),
    omissions: shown(DATASET_FILES.omissions),
    revisions: shown(DATASET_FILES.revisions),
    institution: shown(DATASET_FILES.institution),
  };

  const documents = attempt(
    () => parseEntries(nonEmpty(readYamlList(read(DATASET_FILES.documents), files.documents), DATASET_FILES.documents, "documents"), documentSchema, files.documents, issues),
    [],
  );
  const periods = attempt(
    () => parseEntries(nonEmpty(readYamlList(read(DATASET_FILES.periods), files.periods), DATASET_FILES.periods, "periods"), periodSchema, files.periods, issues),
    [],
  );
  const metricsText = attempt(() => read(DATASET_FILES.metrics), "");
  const listIn = (key: string) => (metricsText ? attempt(() => readYamlList(metricsText, files.metrics, key), []) : []);
  const groups = parseEntries(listIn("groups"), groupSchema, files.metrics, issues);
  const units = parseEntries(listIn("units"), unitSchema, files.metrics, issues);
  const metrics = parseEntries(metricsText ? nonEmpty(listIn("metrics"), DATASET_FILES.metrics, "metrics") : [], metricSchema, files.metrics, issues);
  const relations = parseEntries(
    metricsText ? attempt(() => readYamlList(metricsText, files.metrics, "relations", true), []) : [],
    relationSchema,
    files.metrics,
    issues,
  );
  const observations = attempt(
    () =>
      parseEntries(
        nonEmpty(csvEntries(read(DATASET_FILES.observations), files.observations, OBSERVATION_COLUMNS, issues), DATASET_FILES.observations, "figures"),
        observationSchema,
        files.observations,
        issues,
      ),
    [],
  );
  const omissions = attempt(
    () =>
      parseEntries(
        csvEntries(read(DATASET_FILES.omissions), files.omissions, OMISSION_COLUMNS, issues),
        omissionSchema,
        files.omissions,
        issues,
      ),
    [],
  );
  const revisions = attempt(
    () => parseEntries(csvEntries(read(DATASET_FILES.revisions), files.revisions, REVISION_COLUMNS, issues), revisionSchema, files.revisions, issues),
    [],
  );
  const institution = attempt(() => {
    const { doc } = parseYamlDocument(read(DATASET_FILES.institution), files.institution);
    const entry: RawEntry = { value: doc.toJSON(), line: 1, lineOf: () => 1 };
    return parseEntries([entry], institutionSchema, files.institution, issues)[0];
  }, undefined);

  const located: LocatedDataset = {
    documents: documents.map((d) => ({
      ...d,
      value: { id: d.value.id, file: d.value.file, short: d.value.short, title: d.value.title, kind: d.value.kind, numberFormat: d.value.number_format, lines: d.value.lines } satisfies SourceDocument,
    })),
    periods: periods.map((p) => ({ ...p, value: toPeriod(p) })),
    groups,
    units,
    metrics: metrics.map((m) => ({ ...m, value: toMetric(m) })),
    relations: relations.map((r) => ({ ...r, value: { metric: r.value.metric, atMost: r.value.at_most, when: r.value.when, reason: r.value.reason } satisfies MetricRelation })),
    observations: observations.map((o) => ({ ...o, value: o.value satisfies Observation })),
    omissions: omissions.map((o) => ({ ...o, value: o.value satisfies Omission })),
    revisions: revisions.map((r) => ({
      ...r,
      value: { period: r.value.period, metric: r.value.metric, oldValue: r.value.old_value, newValue: r.value.new_value, date: r.value.date, kind: r.value.kind, reason: r.value.reason, document: r.value.document, line: r.value.line } satisfies Revision,
    })),
    institution: institution && { ...institution, value: institution.value },
  };
  if (fileIssues.length > 0) throw new DatasetError([...fileIssues, ...issues]);
  issues.push(...checkDataset(located));
  if (issues.length > 0 || !located.institution) throw new DatasetError(issues);

  return {
    documents: located.documents.map((d) => d.value),
    periods: located.periods.map((p) => p.value),
    groups: groups.map((g) => g.value),
    units: units.map((u) => u.value),
    metrics: located.metrics.map((m) => m.value),
    relations: located.relations.map((r) => r.value),
    observations: located.observations.map((o) => o.value),
    omissions: located.omissions.map((o) => o.value),
    revisions: located.revisions.map((r) => r.value),
    institution: located.institution.value,
  };
}

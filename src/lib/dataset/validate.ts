import { parseRawNumber } from "../numbers.ts";
import type { DatasetIssue } from "./DatasetError.ts";
import type { Parsed } from "./parseEntries.ts";
import { idMatches, looksDated, periodIdFor } from "./periodId.ts";
import type { InstitutionFacts, Metric, MetricGroup, MetricRelation, Observation, Omission, Period, Revision, SourceDocument, Unit } from "./types.ts";

export interface LocatedDataset {
  documents: Parsed<SourceDocument>[];
  periods: Parsed<Period>[];
  groups: Parsed<MetricGroup>[];
  units: Parsed<Unit>[];
  metrics: Parsed<Metric>[];
  relations: Parsed<MetricRelation>[];
  observations: Parsed<Observation>[];
  omissions: Parsed<Omission>[];
  revisions: Parsed<Revision>[];
  institution: Parsed<InstitutionFacts> | undefined;
}

/** Ids closest to `wanted`, so that a typo's message can suggest the intended id. */
export function nearestIds(wanted: string, known: Iterable<string>, count = 3): string[] {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  return [...known]
    .map((id) => ({ id, d: distance(wanted, id) }))
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, count)
    .map((x) => x.id);
}

function unknownId(what: string, wanted: string, known: Set<string>, file: string): string {
  const near = nearestIds(wanted, known);
  return `use an id defined in ${file}${near.length ? ` (closest: ${near.join(", ")})` : ""} or add ${what} "${wanted}" there`;
}

function duplicates<T extends { id: string }>(entries: Parsed<T>[], what: string, issues: DatasetIssue[]): void {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const first = seen.get(entry.value.id);
    if (first === undefined) seen.set(entry.value.id, entry.line);
    else
      issues.push({
        file: entry.file,
        line: entry.lineOf("id"),
        message: `${what} id "${entry.value.id}" is already used on line ${first}`,
        fix: `give this ${what} a different id, or merge the two entries`,
      });
  }
}

const endOfMonth = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The calendar a period of each kind keeps, in the words of a fix. */
const CALENDAR: Record<Period["kind"], (start: string) => string> = {
  month: (start) => `start on the first of a month and end on its last day (for ${start.slice(0, 7)}, on ${endOfMonth(start)})`,
  "half-year": () => "run from 1 January to 30 June, or from 1 July to 31 December",
  "nine-months": () => "run from 1 January to 30 September",
  year: () => "run from 1 January to 31 December",
  snapshot: () => "a snapshot is one day: make start and end equal",
  unknown: () => "remove start and end",
};

function checkPeriodDates(entry: Parsed<Period>, issues: DatasetIssue[]): void {
  const p = entry.value;
  const at = (field: string) => ({ file: entry.file, line: entry.lineOf(field) });
  if (p.kind === "unknown") {
    if (p.start || p.end)
      issues.push({ ...at("start"), message: `period "${p.id}" is of unknown kind but has dates`, fix: "remove start and end, or choose the kind the dates describe" });
    if (!p.flags.includes("unknown-period"))
      issues.push({ ...at("flags"), message: `period "${p.id}" is of unknown kind but not flagged`, fix: "add the flag unknown-period" });
    if (looksDated(p.id))
      issues.push({ ...at("id"), message: `period "${p.id}" is of unknown kind, but its id reads as a date`, fix: "give the kind and dates the id names, or an id that does not start with a year (e.g. unlabeled)" });
    return;
  }
  if (!p.start || !p.end) {
    issues.push({ ...at("kind"), message: `period "${p.id}" (${p.kind}) has no ${p.start ? "end" : "start"} date`, fix: "give both start and end as YYYY-MM-DD" });
    return;
  }
  if (p.start > p.end) {
    issues.push({ ...at("end"), message: `period "${p.id}" ends (${p.end}) before it starts (${p.start})`, fix: "swap or correct the start and end dates" });
    return;
  }
  const expected = periodIdFor(p.kind, p.start, p.end);
  if (expected === undefined)
    issues.push({ ...at("end"), message: `period "${p.id}" is a ${p.kind} but runs from ${p.start} to ${p.end}`, fix: CALENDAR[p.kind](p.start) });
  else if (!idMatches(p.id, expected))
    issues.push({
      ...at("id"),
      message: `period id "${p.id}" does not name the ${p.kind} its dates cover (${p.start} to ${p.end}), which is ${expected}`,
      fix: `if the dates are right, use the id ${expected} (${expected}-a, ${expected}-b for two bulletins with the same label); if the id is, correct kind, start and end`,
    });
}

/** Why `line` cannot be cited in `document`, or undefined when it can. */
function pastTheEnd(line: number, document: SourceDocument | undefined): string | undefined {
  return document && line > document.lines ? `line ${line} is past the end of ${document.id}, which has ${document.lines} lines` : undefined;
}

/** Cross-file checks: references, citations, parsing of raw figures, uniqueness. */
export function checkDataset(data: LocatedDataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  duplicates(data.documents, "document", issues);
  duplicates(data.periods, "period", issues);
  duplicates(data.groups, "group", issues);
  duplicates(data.units, "unit", issues);
  duplicates(data.metrics, "metric", issues);

  const documents = new Map(data.documents.map((d) => [d.value.id, d.value]));
  const periods = new Map(data.periods.map((p) => [p.value.id, p.value]));
  const metrics = new Map(data.metrics.map((m) => [m.value.id, m.value]));
  const groupIds = new Set(data.groups.map((g) => g.value.id));
  const units = new Map(data.units.map((u) => [u.value.id, u.value]));
  const unitIds = new Set(units.keys());
  const documentIds = new Set(documents.keys());
  const periodIds = new Set(periods.keys());
  const metricIds = new Set(metrics.keys());
  const documentsFile = data.documents[0]?.file ?? "documents.yaml";
  const periodsFile = data.periods[0]?.file ?? "periods.yaml";
  const metricsFile = data.metrics[0]?.file ?? "metrics.yaml";

  for (const entry of data.periods) {
    const p = entry.value;
    if (!documents.has(p.document))
      issues.push({ file: entry.file, line: entry.lineOf("document"), message: `period "${p.id}" cites an unknown document "${p.document}"`, fix: unknownId("document", p.document, documentIds, documentsFile) });
    if (p.companionOf === p.id)
      issues.push({ file: entry.file, line: entry.lineOf("companion_of"), message: `period "${p.id}" is a companion of itself`, fix: "name the period whose page shows this one, or remove companion_of" });
    else if (p.companionOf !== undefined && !periods.has(p.companionOf))
      issues.push({ file: entry.file, line: entry.lineOf("companion_of"), message: `period "${p.id}" is a companion of unknown period "${p.companionOf}"`, fix: unknownId("period", p.companionOf, periodIds, periodsFile) });
    if (p.lines.from > p.lines.to)
      issues.push({ file: entry.file, line: entry.lineOf("lines"), message: `period "${p.id}" has lines ${p.lines.from}-${p.lines.to}, which run backwards`, fix: "write the first line before the last" });
    const beyond = pastTheEnd(p.lines.to, documents.get(p.document));
    if (beyond)
      issues.push({ file: entry.file, line: entry.lineOf("lines"), message: `period "${p.id}" has lines ${p.lines.from}-${p.lines.to}, but ${beyond}`, fix: `give the lines the period's figures stand on in the text, or correct lines of ${p.document} in ${documentsFile}` });
    if (p.flags.includes("duplicate-label") && !data.periods.some((o) => o !== entry && o.value.sourceLabel === p.sourceLabel))
      issues.push({ file: entry.file, line: entry.lineOf("flags"), message: `period "${p.id}" is flagged duplicate-label but no other period has the label "${p.sourceLabel}"`, fix: "remove the flag, or correct source_label" });
    if (p.flags.includes("derived") !== (p.derivedFrom !== undefined))
      issues.push({ file: entry.file, line: entry.lineOf(p.derivedFrom ? "derived_from" : "flags"), message: `period "${p.id}" needs both the flag derived and derived_from, or neither`, fix: "a derived period says how it is computed (derived_from) and carries the flag derived" });
    for (const source of p.derivedFrom ? [p.derivedFrom.total, ...p.derivedFrom.minus] : [])
      if (source === p.id)
        issues.push({ file: entry.file, line: entry.lineOf("derived_from"), message: `period "${p.id}" is derived from itself`, fix: "compute it from other periods: a cumulative total and the periods to subtract from it" });
      else if (!periods.has(source))
        issues.push({ file: entry.file, line: entry.lineOf("derived_from"), message: `period "${p.id}" is derived from unknown period "${source}"`, fix: unknownId("period", source, periodIds, periodsFile) });
    checkPeriodDates(entry, issues);
  }

  for (const entry of data.metrics) {
    const m = entry.value;
    const at = (field: string) => ({ file: entry.file, line: entry.lineOf(field) });
    if (!unitIds.has(m.unit)) issues.push({ ...at("unit"), message: `metric "${m.id}" has an unknown unit "${m.unit}"`, fix: unknownId("unit", m.unit, unitIds, metricsFile) });
    if (!groupIds.has(m.group)) issues.push({ ...at("group"), message: `metric "${m.id}" is in an unknown group "${m.group}"`, fix: unknownId("group", m.group, groupIds, metricsFile) });
    if (m.parent !== undefined && !metrics.has(m.parent)) issues.push({ ...at("parent"), message: `metric "${m.id}" has an unknown parent "${m.parent}"`, fix: unknownId("metric", m.parent, metricIds, metricsFile) });
    if ((m.claim === undefined) !== (m.claimOf === undefined))
      issues.push({ ...at(m.claim ? "claim" : "claim_of"), message: `metric "${m.id}" needs both claim and claim_of, or neither`, fix: "add the missing field, or remove the other" });
    if (m.claimOf !== undefined && !metrics.has(m.claimOf)) issues.push({ ...at("claim_of"), message: `metric "${m.id}" is a claim about an unknown metric "${m.claimOf}"`, fix: unknownId("metric", m.claimOf, metricIds, metricsFile) });
    for (const basis of m.claimAlsoOf ?? [])
      if (!metrics.has(basis)) issues.push({ ...at("claim_also_of"), message: `metric "${m.id}" is a claim about an unknown metric "${basis}"`, fix: unknownId("metric", basis, metricIds, metricsFile) });
    if (m.claimAlsoOf !== undefined && m.claim !== "change")
      issues.push({ ...at("claim_also_of"), message: `metric "${m.id}" names other bases but states no change`, fix: "claim_also_of belongs to metrics with claim: change" });
    if (m.claim !== undefined && m.unit !== "percent") issues.push({ ...at("unit"), message: `metric "${m.id}" states a ${m.claim} but its unit is "${m.unit}"`, fix: "stated changes and shares are in percent: set unit: percent" });
    if (m.key !== undefined && m.claim !== undefined)
      issues.push({ ...at("key"), message: `metric "${m.id}" states a ${m.claim} but is a key indicator`, fix: "the home page charts counts: give key to the metric the claim is about, or remove it" });
    const keyTaken = m.key === undefined ? undefined : data.metrics.find((o) => o !== entry && o.value.key === m.key && data.metrics.indexOf(o) < data.metrics.indexOf(entry));
    if (keyTaken)
      issues.push({ ...at("key"), message: `metric "${m.id}" has key ${m.key}, which metric "${keyTaken.value.id}" (line ${keyTaken.lineOf("key")}) already has`, fix: "give each key indicator a place of its own: 1, 2, 3…" });
    const chain = new Set([m.id]);
    for (let up = m.parent; up !== undefined; up = metrics.get(up)?.parent) {
      if (chain.has(up)) {
        issues.push({ ...at("parent"), message: `metric "${m.id}" is, through its parents, a part of itself (${[...chain, up].join(" → ")})`, fix: "break the loop: a breakdown's parent must be a wider total" });
        break;
      }
      chain.add(up);
    }
  }

  for (const entry of data.relations) {
    const r = entry.value;
    for (const [field, wanted] of [["metric", r.metric], ["at_most", r.atMost]] as const)
      if (!metrics.has(wanted)) issues.push({ file: entry.file, line: entry.lineOf(field), message: `the relation names an unknown metric "${wanted}"`, fix: unknownId("metric", wanted, metricIds, metricsFile) });
    if (r.metric === r.atMost) issues.push({ file: entry.file, line: entry.lineOf("at_most"), message: `the relation bounds "${r.metric}" by itself`, fix: "name the wider metric that bounds it" });
  }

  const seen = new Map<string, number>();
  const used = new Set<string>();
  for (const entry of data.observations) {
    const o = entry.value;
    const at = { file: entry.file, line: entry.line };
    const period = periods.get(o.period);
    const metric = metrics.get(o.metric);
    const document = documents.get(o.document);
    if (!period) issues.push({ ...at, message: `unknown period "${o.period}"`, fix: unknownId("period", o.period, periodIds, periodsFile) });
    if (!metric) issues.push({ ...at, message: `unknown metric "${o.metric}"`, fix: unknownId("metric", o.metric, metricIds, metricsFile) });
    if (!document) issues.push({ ...at, message: `unknown document "${o.document}"`, fix: unknownId("document", o.document, documentIds, documentsFile) });
    if (period) used.add(period.id);
    if (period?.derivedFrom)
      issues.push({ ...at, message: `period "${period.id}" is derived, so it cannot have published figures`, fix: "move the figure to the period the source publishes it for" });
    if (o.vs !== undefined) used.add(o.vs);

    const key = `${o.period}|${o.metric}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({ ...at, message: `${o.metric} in ${o.period} is already given on line ${first}`, fix: "keep one row per period and metric: delete the duplicate or correct its period or metric" });
    else seen.set(key, entry.line);

    if (period && document && period.document !== document.id)
      issues.push({ ...at, message: `the figure is cited to ${document.id}, but period "${period.id}" comes from ${period.document}`, fix: "correct the document, or the period the figure belongs to" });
    const beyond = pastTheEnd(o.line, document);
    if (beyond) issues.push({ ...at, message: beyond, fix: "cite the line of the source text that prints the figure" });
    else if (period && document && period.document === document.id && (o.line < period.lines.from || o.line > period.lines.to))
      issues.push({ ...at, message: `line ${o.line} lies outside period "${period.id}" (lines ${period.lines.from}-${period.lines.to} of ${document.id})`, fix: "correct the line number, or the period" });

    if (document) {
      const parsed = parseRawNumber(o.raw, document.numberFormat);
      const expected = metric?.claim === "change" ? Math.abs(o.value) : o.value;
      if (parsed === null)
        issues.push({ ...at, message: `raw "${o.raw}" is not a number as ${document.id} writes them (${document.numberFormat})`, fix: "copy the figure exactly as printed, digits and separators only" });
      else if (parsed !== expected)
        issues.push({ ...at, message: `raw "${o.raw}" reads as ${parsed} in ${document.id}, but value is ${o.value}`, fix: "make value and raw agree: check both against the source line" });
    }
    if (metric?.claim === "change") {
      if (o.vs === undefined)
        issues.push({ ...at, message: `${o.metric} is a stated change but names no period it compares with`, fix: 'give in "vs" the id of the period the source compares with' });
      else if (!periods.has(o.vs) || o.vs === o.period)
        issues.push({ ...at, message: `"vs" names ${o.vs === o.period ? "the figure's own period" : `an unknown period "${o.vs}"`}`, fix: unknownId("period", o.vs, periodIds, periodsFile) });
    } else if (metric && o.vs !== undefined) {
      issues.push({ ...at, message: `"vs" is set, but ${o.metric} is not a stated change`, fix: 'leave "vs" empty for figures that are not percent changes' });
    }
    const unit = metric && units.get(metric.unit);
    if (unit && !unit.fractional && !Number.isInteger(o.value))
      issues.push({ ...at, message: `${o.metric} counts ${unit.other}, which are whole numbers, but value is ${o.value}`, fix: `check value and raw against the source; a unit whose figures may have decimals says fractional: true in ${metricsFile}` });
    if (metric?.claim !== "change" && o.value < 0)
      issues.push({ ...at, message: `${o.metric} cannot be negative (${o.value})`, fix: "counts are never negative: check the value" });
  }

  for (const entry of data.periods)
    if (!used.has(entry.value.id) && !entry.value.derivedFrom)
      issues.push({ file: entry.file, line: entry.line, message: `period "${entry.value.id}" has no figures`, fix: "add its observations to observations.csv, or remove the period" });

  for (const entry of data.omissions) {
    const document = documents.get(entry.value.document);
    if (!document)
      issues.push({ file: entry.file, line: entry.line, message: `unknown document "${entry.value.document}"`, fix: unknownId("document", entry.value.document, documentIds, documentsFile) });
    const beyond = pastTheEnd(entry.value.line, document);
    if (beyond) issues.push({ file: entry.file, line: entry.line, message: beyond, fix: "cite the line of the source text that prints the number" });
  }

  checkRevisions(data, { periods, metrics, documents, periodIds, metricIds, documentIds, periodsFile, metricsFile, documentsFile }, issues);

  const founded = data.institution;
  if (founded) {
    const document = documents.get(founded.value.founded.document);
    if (!document)
      issues.push({ file: founded.file, line: founded.line, message: `the founding facts cite an unknown document "${founded.value.founded.document}"`, fix: unknownId("document", founded.value.founded.document, documentIds, documentsFile) });
    const beyond = pastTheEnd(founded.value.founded.line, document);
    if (beyond) issues.push({ file: founded.file, line: founded.line, message: `the founding facts cite ${beyond}`, fix: "cite the line of the source text that states the founding" });
  }

  return issues;
}

interface Known {
  periods: Map<string, Period>;
  metrics: Map<string, Metric>;
  documents: Map<string, SourceDocument>;
  periodIds: Set<string>;
  metricIds: Set<string>;
  documentIds: Set<string>;
  periodsFile: string;
  metricsFile: string;
  documentsFile: string;
}

/**
 * A figure's revisions, in date order, must chain: each starts from the value the one before
 * left, the last ends at the value (and the citation) the dataset has now, and none is dated
 * before the period was first published in this report.
 */
function checkRevisions(data: LocatedDataset, known: Known, issues: DatasetIssue[]): void {
  const current = new Map(data.observations.map((o) => [`${o.value.period}|${o.value.metric}`, o.value]));
  const chains = new Map<string, Parsed<Revision>[]>();
  for (const entry of data.revisions) {
    const r = entry.value;
    const at = { file: entry.file, line: entry.line };
    const period = known.periods.get(r.period);
    if (!period) issues.push({ ...at, message: `the revision names an unknown period "${r.period}"`, fix: unknownId("period", r.period, known.periodIds, known.periodsFile) });
    if (!known.metrics.has(r.metric)) issues.push({ ...at, message: `the revision names an unknown metric "${r.metric}"`, fix: unknownId("metric", r.metric, known.metricIds, known.metricsFile) });
    const document = known.documents.get(r.document);
    if (!document) issues.push({ ...at, message: `the revision cites an unknown document "${r.document}"`, fix: unknownId("document", r.document, known.documentIds, known.documentsFile) });
    const beyond = pastTheEnd(r.line, document);
    if (beyond) issues.push({ ...at, message: beyond, fix: "cite the line of the source text that prints the new value" });
    if (r.oldValue === r.newValue) issues.push({ ...at, message: `the revision of ${r.metric} for ${r.period} leaves the value at ${r.newValue}`, fix: "a revision changes a value: correct old_value or new_value, or remove the line" });
    if (period && r.date < period.published)
      issues.push({ ...at, message: `the revision is dated ${r.date}, before ${r.period} was first published in this report (${period.published})`, fix: "give the day the figure was changed in this report" });
    if (!period || !known.metrics.has(r.metric)) continue;
    const key = `${r.period}|${r.metric}`;
    if (!current.has(key)) {
      issues.push({ ...at, message: `the revision changes ${r.metric} for ${r.period}, a figure observations.csv does not have`, fix: "revise a figure the dataset publishes, or remove the line" });
      continue;
    }
    chains.set(key, [...(chains.get(key) ?? []), entry]);
  }
  for (const [key, entries] of chains) {
    const ordered = [...entries].sort((a, b) => a.value.date.localeCompare(b.value.date));
    ordered.forEach((entry, i) => {
      const before = ordered[i - 1];
      if (before && entry.value.oldValue !== before.value.newValue)
        issues.push({ file: entry.file, line: entry.line, message: `the revision starts from ${entry.value.oldValue}, but the one before it (line ${before.line}) left ${before.value.newValue}`, fix: "old_value is the value the figure had just before this change" });
    });
    const last = ordered.at(-1)!;
    const now = current.get(key)!;
    if (last.value.newValue !== now.value)
      issues.push({ file: last.file, line: last.line, message: `the latest revision of ${last.value.metric} for ${last.value.period} gives ${last.value.newValue}, but observations.csv has ${now.value}`, fix: "new_value of the latest revision is the figure observations.csv publishes: correct one of the two" });
    else if (last.value.document !== now.document || last.value.line !== now.line)
      issues.push({ file: last.file, line: last.line, message: `the latest revision cites ${last.value.document}, line ${last.value.line}, but observations.csv cites ${now.document}, line ${now.line}`, fix: "cite the new value where observations.csv does" });
  }
}

import { describe, expect, it } from "vitest";
import type { DatasetIssue } from "../../../src/lib/dataset/DatasetError.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Parsed } from "../../../src/lib/dataset/parseEntries.ts";
import type { Dataset, Revision } from "../../../src/lib/dataset/types.ts";
import { checkDataset, nearestIds, type LocatedDataset } from "../../../src/lib/dataset/validate.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

// checkDataset is given the fixture in memory, each entry "located" so that lines are easy to
// work out: entry i of a file starts on line 100 × (i + 1), and a field sits FIELDS.indexOf(field)
// lines below (id on the entry's first line, document one below, …). The cases here are the
// cross-file checks that tests/lib/dataset/load.test.ts does not already make.
const FIELDS = ["id", "document", "lines", "flags", "companion_of", "derived_from", "kind", "start", "end", "unit", "group", "parent", "claim", "claim_of", "key"];
const entryLine = (entry: number) => 100 * (entry + 1);
const fieldLine = (entry: number, field: string) => entryLine(entry) + Math.max(FIELDS.indexOf(field), 0);

function located<T>(file: string, values: readonly T[]): Parsed<T>[] {
  return values.map((value, i) => ({ value, file, line: entryLine(i), lineOf: (field: string) => fieldLine(i, field) }));
}

const fixture = loadDataset(FIXTURE_DATASET);

function locate(d: Dataset): LocatedDataset {
  return {
    documents: located("documents.yaml", d.documents),
    periods: located("periods.yaml", d.periods),
    groups: located("metrics.yaml", d.groups),
    units: located("metrics.yaml", d.units),
    metrics: located("metrics.yaml", d.metrics),
    relations: located("metrics.yaml", d.relations),
    observations: located("observations.csv", d.observations),
    omissions: located("omitted.csv", d.omissions),
    revisions: located("revisions.csv", d.revisions),
    institution: { value: d.institution, file: "institution.yaml", line: 1, lineOf: () => 1 },
  };
}

/** The issues of the fixture after `edit`, which changes a fresh copy in place. */
function issuesAfter(edit: (d: Dataset) => void): DatasetIssue[] {
  const copy = structuredClone(fixture);
  edit(copy);
  return checkDataset(locate(copy));
}

const period = (d: Dataset, id: string) => d.periods.find((p) => p.id === id)!;
const metric = (d: Dataset, id: string) => d.metrics.find((m) => m.id === id)!;
const observation = (d: Dataset, periodId: string, metricId: string) => d.observations.find((o) => o.period === periodId && o.metric === metricId)!;

/** Index of each entry in the fixture's files, so that expected lines read as fieldLine(PERIOD["2017-h1"], "companion_of"). */
const PERIOD = Object.fromEntries(fixture.periods.map((p, i) => [p.id, i]));
const METRIC = Object.fromEntries(fixture.metrics.map((m, i) => [m.id, i]));
const OBSERVATION = (periodId: string, metricId: string) => fixture.observations.findIndex((o) => o.period === periodId && o.metric === metricId);

describe("nearestIds", () => {
  it("orders known ids by edit distance, closest first, three by default", () => {
    // "2024-03" is one edit from 2024-01 and 2024-02, two from 2024-h1, four from 2018-h1.
    expect(nearestIds("2024-03", ["undated", "2018-h1", "2024-h1", "2024-02", "2024-01"])).toEqual(["2024-01", "2024-02", "2024-h1"]);
  });

  it("puts the exact id first and counts insertions and deletions as one edit each", () => {
    expect(nearestIds("decisions.fine", ["decisions.expulsion", "decisions.total", "decisions.fine"])[0]).toBe("decisions.fine");
    expect(nearestIds("decisions.fines", ["decisions.total", "decisions.fine"])).toEqual(["decisions.fine", "decisions.total"]);
    expect(nearestIds("ecisions.fine", ["decisions.total", "decisions.fine"])).toEqual(["decisions.fine", "decisions.total"]);
  });

  it("breaks ties alphabetically and honours the count", () => {
    expect(nearestIds("b", ["d", "c", "a"])).toEqual(["a", "c", "d"]);
    expect(nearestIds("b", ["d", "c", "a"], 2)).toEqual(["a", "c"]);
  });

  it("takes any iterable and returns nothing when nothing is known", () => {
    expect(nearestIds("persons", new Set(["person", "percent"]))).toEqual(["person", "percent"]);
    expect(nearestIds("x", [])).toEqual([]);
  });
});

/** A revision of January's decisions (1,826, bulletin line 2) from 1,830, with `over` changed. */
const revision = (over: Partial<Revision> = {}): Revision => ({ period: "2024-01", metric: "decisions.total", oldValue: 1830, newValue: 1826, date: "2026-02-01", kind: "correction", reason: "Mistyped", document: "bulletin", line: 2, ...over });

describe("checkDataset", () => {
  it("finds nothing to report in the fixture as it is", () => {
    expect(checkDataset(locate(fixture))).toEqual([]);
  });

  it("accepts revisions that chain to the published figure", () => {
    expect(issuesAfter((d) => void d.revisions.push(revision({ oldValue: 1700, newValue: 1830, date: "2026-02-01" }), revision({ date: "2026-03-01" })))).toEqual([]);
  });

  /** Each case changes the in-memory fixture in one way and names the file, line and words the issue must carry. */
  const cases: { name: string; edit: (d: Dataset) => void; file: string; line: number; message: string; fix: RegExp }[] = [
    {
      name: "a figure cited to an unknown document",
      edit: (d) => void (observation(d, "2024-01", "stay.applications").document = "bulletins"),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2024-01", "stay.applications")),
      message: 'unknown document "bulletins"',
      fix: /^use an id defined in documents\.yaml \(closest: bulletin, release\) or add document "bulletins" there$/,
    },
    {
      name: "a figure cited to another document than its period's",
      edit: (d) => Object.assign(observation(d, "2024-01", "stay.applications"), { document: "release", line: 1 }),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2024-01", "stay.applications")),
      message: 'the figure is cited to release, but period "2024-01" comes from bulletin',
      fix: /correct the document, or the period/,
    },
    {
      name: "a change stated for a figure that is not a stated change",
      edit: (d) => void (observation(d, "2024-01", "stay.applications").vs = "2024-02"),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2024-01", "stay.applications")),
      message: '"vs" is set, but stay.applications is not a stated change',
      fix: /leave "vs" empty/,
    },
    {
      name: "a stated change compared with its own period",
      edit: (d) => void (observation(d, "2018-h1", "foreigners.registered.claimed-change").vs = "2018-h1"),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2018-h1", "foreigners.registered.claimed-change")),
      message: `"vs" names the figure's own period`,
      fix: /use an id defined in periods\.yaml/,
    },
    {
      name: "a stated change compared with an unknown period",
      edit: (d) => void (observation(d, "2018-h1", "foreigners.registered.claimed-change").vs = "2017-h2"),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2018-h1", "foreigners.registered.claimed-change")),
      message: '"vs" names an unknown period "2017-h2"',
      fix: /closest: 2017-h1\b/,
    },
    {
      name: "a negative count",
      edit: (d) => void (observation(d, "2024-01", "decisions.fine").value = -837),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2024-01", "decisions.fine")),
      message: "decisions.fine cannot be negative (-837)",
      fix: /never negative/,
    },
    {
      name: "published figures for a derived period",
      edit: (d) => Object.assign(period(d, "2024-02"), { flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01"] } }),
      file: "observations.csv",
      line: entryLine(OBSERVATION("2024-02", "stay.applications")),
      message: 'period "2024-02" is derived, so it cannot have published figures',
      fix: /move the figure/,
    },
    {
      name: "the flag derived without derived_from",
      edit: (d) => void (period(d, "2024-02").flags = ["derived"]),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-02"]!, "flags"),
      message: 'period "2024-02" needs both the flag derived and derived_from, or neither',
      fix: /carries the flag derived/,
    },
    {
      name: "derived_from without the flag derived",
      edit: (d) => void (period(d, "2024-02").derivedFrom = { total: "2024-h1", minus: ["2024-01"] }),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-02"]!, "derived_from"),
      message: 'period "2024-02" needs both the flag derived and derived_from, or neither',
      fix: /carries the flag derived/,
    },
    {
      name: "a period derived from an unknown period",
      edit: (d) => d.periods.push({ ...period(d, "2024-02"), id: "2024-03", start: "2024-03-01", end: "2024-03-31", flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-04"] } }),
      file: "periods.yaml",
      line: fieldLine(fixture.periods.length, "derived_from"),
      message: 'period "2024-03" is derived from unknown period "2024-04"',
      fix: /closest: 2024-01, 2024-02, 2024-03/,
    },
    {
      name: "a companion of an unknown period",
      edit: (d) => void (period(d, "2017-h1").companionOf = "2018-h2"),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2017-h1"]!, "companion_of"),
      message: 'period "2017-h1" is a companion of unknown period "2018-h2"',
      fix: /closest: 2018-h1\b/,
    },
    {
      name: "a companion of itself",
      edit: (d) => void (period(d, "2017-h1").companionOf = "2017-h1"),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2017-h1"]!, "companion_of"),
      message: 'period "2017-h1" is a companion of itself',
      fix: /name the period whose page shows this one/,
    },
    {
      name: "a period whose lines run backwards",
      edit: (d) => void (period(d, "2024-01").lines = { from: 4, to: 1 }),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-01"]!, "lines"),
      message: 'period "2024-01" has lines 4-1, which run backwards',
      fix: /first line before the last/,
    },
    {
      name: "the flag duplicate-label with no other period of that label",
      edit: (d) => void (period(d, "2024-02").flags = ["duplicate-label"]),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-02"]!, "flags"),
      message: 'period "2024-02" is flagged duplicate-label but no other period has the label "February of 2024"',
      fix: /remove the flag, or correct source_label/,
    },
    {
      name: "a period of unknown kind with dates",
      edit: (d) => Object.assign(period(d, "undated"), { start: "2024-01-01", end: "2024-01-31" }),
      file: "periods.yaml",
      line: fieldLine(PERIOD["undated"]!, "start"),
      message: 'period "undated" is of unknown kind but has dates',
      fix: /remove start and end/,
    },
    {
      name: "a period of unknown kind without the flag unknown-period",
      edit: (d) => void (period(d, "undated").flags = []),
      file: "periods.yaml",
      line: fieldLine(PERIOD["undated"]!, "flags"),
      message: 'period "undated" is of unknown kind but not flagged',
      fix: /^add the flag unknown-period$/,
    },
    {
      name: "a month without an end date",
      edit: (d) => void delete period(d, "2024-01").end,
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-01"]!, "kind"),
      message: 'period "2024-01" (month) has no end date',
      fix: /both start and end as YYYY-MM-DD/,
    },
    {
      name: "a half-year without a start date",
      edit: (d) => void delete period(d, "2024-h1").start,
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-h1"]!, "kind"),
      message: 'period "2024-h1" (half-year) has no start date',
      fix: /both start and end/,
    },
    {
      name: "a snapshot over a whole month",
      edit: (d) => void (period(d, "2024-01").kind = "snapshot"),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-01"]!, "end"),
      message: 'period "2024-01" is a snapshot but runs from 2024-01-01 to 2024-01-31',
      fix: /^a snapshot is one day: make start and end equal$/,
    },
    {
      name: "a year over one month",
      edit: (d) => void (period(d, "2024-01").kind = "year"),
      file: "periods.yaml",
      line: fieldLine(PERIOD["2024-01"]!, "end"),
      message: 'period "2024-01" is a year but runs from 2024-01-01 to 2024-01-31',
      fix: /^run from 1 January to 31 December$/,
    },
    {
      name: "a metric in an unknown unit",
      edit: (d) => void (metric(d, "stay.applications").unit = "application"),
      file: "metrics.yaml",
      line: fieldLine(METRIC["stay.applications"]!, "unit"),
      message: 'metric "stay.applications" has an unknown unit "application"',
      fix: /closest: applications\b/,
    },
    {
      name: "a claim without claim_of",
      edit: (d) => void delete metric(d, "foreigners.registered.claimed-change").claimOf,
      file: "metrics.yaml",
      line: fieldLine(METRIC["foreigners.registered.claimed-change"]!, "claim"),
      message: 'metric "foreigners.registered.claimed-change" needs both claim and claim_of, or neither',
      fix: /add the missing field/,
    },
    {
      name: "claim_of without a claim",
      edit: (d) => void delete metric(d, "foreigners.registered.claimed-change").claim,
      file: "metrics.yaml",
      line: fieldLine(METRIC["foreigners.registered.claimed-change"]!, "claim_of"),
      message: 'metric "foreigners.registered.claimed-change" needs both claim and claim_of, or neither',
      fix: /add the missing field/,
    },
    {
      name: "a claim about an unknown metric",
      edit: (d) => void (metric(d, "foreigners.registered.claimed-change").claimOf = "foreigners.registred"),
      file: "metrics.yaml",
      line: fieldLine(METRIC["foreigners.registered.claimed-change"]!, "claim_of"),
      message: 'metric "foreigners.registered.claimed-change" is a claim about an unknown metric "foreigners.registred"',
      fix: /closest: foreigners\.registered\b/,
    },
    {
      name: "a stated change in a unit other than percent",
      edit: (d) => void (metric(d, "foreigners.registered.claimed-change").unit = "persons"),
      file: "metrics.yaml",
      line: fieldLine(METRIC["foreigners.registered.claimed-change"]!, "unit"),
      message: 'metric "foreigners.registered.claimed-change" states a change but its unit is "persons"',
      fix: /set unit: percent/,
    },
    {
      name: "a stated change as a key indicator",
      edit: (d) => void (metric(d, "foreigners.registered.claimed-change").key = 1),
      file: "metrics.yaml",
      line: fieldLine(METRIC["foreigners.registered.claimed-change"]!, "key"),
      message: 'metric "foreigners.registered.claimed-change" states a change but is a key indicator',
      fix: /give key to the metric the claim is about/,
    },
    {
      name: "two key indicators in one place",
      edit: (d) => {
        metric(d, "stay.applications").key = 2;
        metric(d, "decisions.total").key = 2;
      },
      file: "metrics.yaml",
      line: fieldLine(METRIC["decisions.total"]!, "key"),
      message: `metric "decisions.total" has key 2, which metric "stay.applications" (line ${fieldLine(METRIC["stay.applications"]!, "key")}) already has`,
      fix: /a place of its own/,
    },
    {
      name: "a metric that is its own parent",
      edit: (d) => void (metric(d, "stay.applications").parent = "stay.applications"),
      file: "metrics.yaml",
      line: fieldLine(METRIC["stay.applications"]!, "parent"),
      message: 'metric "stay.applications" is, through its parents, a part of itself (stay.applications → stay.applications)',
      fix: /break the loop/,
    },
    {
      name: "a duplicate metric id",
      edit: (d) => void d.metrics.push({ ...metric(d, "decisions.fine") }),
      file: "metrics.yaml",
      line: fieldLine(fixture.metrics.length, "id"),
      message: `metric id "decisions.fine" is already used on line ${entryLine(METRIC["decisions.fine"]!)}`,
      fix: /different id, or merge/,
    },
    {
      name: "a duplicate document id",
      edit: (d) => void d.documents.push({ ...d.documents[0]!, file: "other.txt" }),
      file: "documents.yaml",
      line: fieldLine(fixture.documents.length, "id"),
      message: 'document id "bulletin" is already used on line 100',
      fix: /give this document a different id/,
    },
    {
      name: "a duplicate unit id",
      edit: (d) => void d.units.push({ ...d.units[0]! }),
      file: "metrics.yaml",
      line: fieldLine(fixture.units.length, "id"),
      message: 'unit id "applications" is already used on line 100',
      fix: /give this unit a different id/,
    },
    {
      name: "an omission in an unknown document",
      edit: (d) => void (d.omissions[0]!.document = "bulletinn"),
      file: "omitted.csv",
      line: 100,
      message: 'unknown document "bulletinn"',
      fix: /closest: bulletin\b/,
    },
    {
      name: "founding facts cited to an unknown document",
      edit: (d) => void (d.institution.founded.document = "decree"),
      file: "institution.yaml",
      line: 1,
      message: 'the founding facts cite an unknown document "decree"',
      fix: /use an id defined in documents\.yaml/,
    },
    {
      name: "founding facts cited past the end of their document",
      edit: (d) => void (d.institution.founded.line = 9),
      file: "institution.yaml",
      line: 1,
      message: "the founding facts cite line 9 is past the end of release, which has 3 lines",
      fix: /states the founding/,
    },
    {
      name: "a revision of a figure the dataset does not have",
      edit: (d) => void d.revisions.push(revision({ metric: "decisions.fine", period: "2024-02" })),
      file: "revisions.csv",
      line: entryLine(0),
      message: "the revision changes decisions.fine for 2024-02, a figure observations.csv does not have",
      fix: /revise a figure the dataset publishes/,
    },
    {
      name: "a revision whose new value is not the published one",
      edit: (d) => void d.revisions.push(revision({ newValue: 1830 })),
      file: "revisions.csv",
      line: entryLine(0),
      message: "the latest revision of decisions.total for 2024-01 gives 1830, but observations.csv has 1826",
      fix: /correct one of the two/,
    },
    {
      name: "a revision dated before the period was first published",
      edit: (d) => void d.revisions.push(revision({ date: "2025-12-31" })),
      file: "revisions.csv",
      line: entryLine(0),
      message: "the revision is dated 2025-12-31, before 2024-01 was first published in this report (2026-01-10)",
      fix: /the day the figure was changed/,
    },
    {
      name: "a revision that changes nothing",
      edit: (d) => void d.revisions.push(revision({ oldValue: 1826 })),
      file: "revisions.csv",
      line: entryLine(0),
      message: "the revision of decisions.total for 2024-01 leaves the value at 1826",
      fix: /a revision changes a value/,
    },
    {
      name: "a revision cited elsewhere than the published figure",
      edit: (d) => void d.revisions.push(revision({ line: 3 })),
      file: "revisions.csv",
      line: entryLine(0),
      message: "the latest revision cites bulletin, line 3, but observations.csv cites bulletin, line 2",
      fix: /cite the new value where observations.csv does/,
    },
    {
      name: "two revisions of a figure that do not chain",
      edit: (d) => void d.revisions.push(revision({ oldValue: 1700, newValue: 1800, date: "2026-02-01" }), revision({ oldValue: 1810, date: "2026-03-01" })),
      file: "revisions.csv",
      line: entryLine(1),
      message: `the revision starts from 1810, but the one before it (line ${entryLine(0)}) left 1800`,
      fix: /the value the figure had just before/,
    },
    {
      name: "a revision of an unknown period",
      edit: (d) => void d.revisions.push(revision({ period: "2024-13" })),
      file: "revisions.csv",
      line: entryLine(0),
      message: 'the revision names an unknown period "2024-13"',
      fix: /closest: 2024-01\b/,
    },
  ];

  it.each(cases)("reports $name at $file:$line with a fix", ({ edit, file, line, message, fix }) => {
    const issues = issuesAfter(edit);
    const issue = issues.find((i) => i.message === message);
    expect(issue, `no issue "${message}"; got:\n${issues.map((i) => `${i.file}:${i.line} ${i.message}`).join("\n")}`).toBeDefined();
    expect(issue!.file).toBe(file);
    expect(issue!.line).toBe(line);
    expect(issue!.fix).toMatch(fix);
  });

  it("follows a loop of parents from every metric on it", () => {
    const issues = issuesAfter((d) => void (metric(d, "decisions.total").parent = "decisions.fine"));
    expect(issues.map((i) => i.message)).toEqual([
      'metric "decisions.total" is, through its parents, a part of itself (decisions.total → decisions.fine → decisions.total)',
      'metric "decisions.expulsion" is, through its parents, a part of itself (decisions.expulsion → decisions.total → decisions.fine → decisions.total)',
      'metric "decisions.fine" is, through its parents, a part of itself (decisions.fine → decisions.total → decisions.fine)',
    ]);
  });

  it("accepts a stated fall: the value is negative, the raw figure its size", () => {
    expect(issuesAfter((d) => void (observation(d, "2018-h1", "foreigners.registered.claimed-change").value = -10))).toEqual([]);
  });

  it("accepts a derived period with no figures of its own", () => {
    // March 2024 as the half-year minus January and February; it needs no row in observations.csv.
    const issues = issuesAfter((d) =>
      d.periods.push({ ...period(d, "2024-02"), id: "2024-03", label: "March 2024", start: "2024-03-01", end: "2024-03-31", sourceLabel: "March of 2024", flags: ["derived"], derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] } }),
    );
    expect(issues).toEqual([]);
  });

  it("accepts twin ids with a letter, and the flag duplicate-label when another period has the label", () => {
    const issues = issuesAfter((d) => {
      for (const p of d.periods.filter((p) => p.id === "2024-01")) Object.assign(p, { id: "2024-01-a", flags: ["duplicate-label"] });
      for (const o of d.observations.filter((o) => o.period === "2024-01")) o.period = "2024-01-a";
      period(d, "2024-02").sourceLabel = "January of 2024";
    });
    expect(issues).toEqual([]);
  });

  it("reports a period that nothing cites, at the line of the period", () => {
    const issues = issuesAfter((d) => void (d.observations = d.observations.filter((o) => o.period !== "2024-02")));
    expect(issues).toEqual([{ file: "periods.yaml", line: entryLine(PERIOD["2024-02"]!), message: 'period "2024-02" has no figures', fix: "add its observations to observations.csv, or remove the period" }]);
  });

  it("counts a period named only as the comparison of a stated change as used", () => {
    // 2017-h1 keeps no figure of its own here, but the change stated for 2018-h1 compares with it.
    expect(issuesAfter((d) => void (d.observations = d.observations.filter((o) => o.period !== "2017-h1")))).toEqual([]);
  });
});

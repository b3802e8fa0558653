import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_DATASET, datasetIssues, mutatedFixture } from "../../helpers/fixture.ts";

/** A copy of the fixture without one of its files. */
function withoutFile(file: string): string {
  const dir = mutatedFixture(file, (t) => `${t}\n# removed below`);
  rmSync(join(dir, file));
  return dir;
}

describe("loadDataset on a sound dataset", () => {
  it("returns every entry with its citation", () => {
    const dataset = loadDataset(FIXTURE_DATASET);
    expect(dataset.periods.map((p) => p.id)).toEqual(["2024-01", "2024-h1", "2024-02", "undated", "2018-h1", "2017-h1"]);
    expect(dataset.observations).toHaveLength(11);
    expect(dataset.observations.find((o) => o.period === "2017-h1")).toMatchObject({ value: 747107, raw: "747.107", document: "release", line: 2 });
    expect(dataset.metrics.find((m) => m.id === "decisions.fine")?.parent).toBe("decisions.total");
    expect(dataset.periods.find((p) => p.id === "2017-h1")?.companionOf).toBe("2018-h1");
  });
});

/** Each case breaks the fixture in one way and names the file, line and words the error must carry. */
const cases: { name: string; file: string; edit: (t: string) => string; line: number; message: RegExp; fix: RegExp }[] = [
  {
    name: "an unknown period id",
    file: "observations.csv",
    edit: (t) => t.replace("2024-02,stay", "2024-03,stay"),
    line: 8,
    message: /unknown period "2024-03"/,
    fix: /closest: .*2024-02/,
  },
  {
    name: "an unknown metric id",
    file: "observations.csv",
    edit: (t) => t.replace("2024-01,decisions.fine", "2024-01,decisions.fines"),
    line: 5,
    message: /unknown metric "decisions.fines"/,
    fix: /closest: decisions.fine\b/,
  },
  {
    name: "a duplicate observation",
    file: "observations.csv",
    edit: (t) => `${t}2024-01,decisions.fine,837,837,bulletin,4,,\n`,
    line: 13,
    message: /decisions.fine in 2024-01 is already given on line 5/,
    fix: /delete the duplicate/,
  },
  {
    name: "a non-numeric value",
    file: "observations.csv",
    edit: (t) => t.replace("2024-01,decisions.fine,837", "2024-01,decisions.fine,eight hundred"),
    line: 5,
    message: /"value" cannot be "eight hundred"/,
    fix: /plain number/,
  },
  {
    name: "a value written with separators",
    file: "observations.csv",
    edit: (t) => t.replace('decisions.total,1826,"1,826"', 'decisions.total,"1,826","1,826"'),
    line: 3,
    message: /"value" cannot be "1,826"/,
    fix: /no separators/,
  },
  {
    name: "raw text that reads as another value",
    file: "observations.csv",
    edit: (t) => t.replace("2017-h1,foreigners.registered,747107,747.107", "2017-h1,foreigners.registered,747107,747.017"),
    line: 11,
    message: /raw "747.017" reads as 747017 in release, but value is 747107/,
    fix: /make value and raw agree/,
  },
  {
    name: "raw text that is not a number in the document's format",
    file: "observations.csv",
    edit: (t) => t.replace("2024-01,decisions.fine,837,837", '2024-01,decisions.fine,837,"8,37"'),
    line: 5,
    message: /raw "8,37" is not a number as bulletin writes them/,
    fix: /copy the figure exactly as printed/,
  },
  {
    name: "a missing document citation",
    file: "observations.csv",
    edit: (t) => t.replace("2024-02,stay.applications,19155,19155,bulletin,9", "2024-02,stay.applications,19155,19155,,9"),
    line: 8,
    message: /has no "document"/,
    fix: /cite the source document/,
  },
  {
    name: "a missing line citation",
    file: "observations.csv",
    edit: (t) => t.replace("2024-02,stay.applications,19155,19155,bulletin,9", "2024-02,stay.applications,19155,19155,bulletin,"),
    line: 8,
    message: /has no "line"/,
    fix: /line number in the source document/,
  },
  {
    name: "a citation outside the period's lines",
    file: "observations.csv",
    edit: (t) => t.replace("2024-02,stay.applications,19155,19155,bulletin,9", "2024-02,stay.applications,19155,19155,bulletin,2"),
    line: 8,
    message: /line 2 lies outside period "2024-02" \(lines 9-12 of bulletin\)/,
    fix: /correct the line number/,
  },
  {
    name: "a stated change without the period it compares with",
    file: "observations.csv",
    edit: (t) => t.replace("release,3,2017-h1,", "release,3,,"),
    line: 12,
    message: /names no period it compares with/,
    fix: /"vs"/,
  },
  {
    name: "a row with a missing field",
    file: "observations.csv",
    edit: (t) => t.replace("2024-02,stay.applications,19155,19155,bulletin,9,,", "2024-02,stay.applications,19155,19155,bulletin,9,"),
    line: 8,
    message: /expected 8 fields .* but found 7/,
    fix: /double quotes/,
  },
  {
    name: "a wrong CSV header",
    file: "observations.csv",
    edit: (t) => t.replace("period,metric,value", "period,metric,amount"),
    line: 1,
    message: /the header is/,
    fix: /period,metric,value,raw,document,line,vs,note/,
  },
  {
    name: "dates out of order",
    file: "periods.yaml",
    edit: (t) => t.replace("  start: 2024-02-01\n  end: 2024-02-29", "  start: 2024-02-29\n  end: 2024-02-01"),
    line: 25,
    message: /ends \(2024-02-01\) before it starts \(2024-02-29\)/,
    fix: /swap or correct/,
  },
  {
    name: "a month that does not span one calendar month",
    file: "periods.yaml",
    edit: (t) => t.replace("  end: 2024-01-31", "  end: 2024-01-30"),
    line: 5,
    message: /is a month but runs from 2024-01-01 to 2024-01-30/,
    fix: /on 2024-01-31/,
  },
  {
    name: "a day that does not exist",
    file: "periods.yaml",
    edit: (t) => t.replace("  end: 2024-02-29", "  end: 2024-02-30"),
    line: 25,
    message: /"end" cannot be "2024-02-30"/,
    fix: /does not exist/,
  },
  {
    name: "a duplicate period id",
    file: "periods.yaml",
    edit: (t) => t.replace("- id: 2024-02\n", "- id: 2024-01\n"),
    line: 21,
    message: /period id "2024-01" is already used on line 1/,
    fix: /different id/,
  },
  {
    name: "an unknown period kind",
    file: "periods.yaml",
    edit: (t) => t.replace("  kind: half-year\n  start: 2024", "  kind: semester\n  start: 2024"),
    line: 13,
    message: /"kind" cannot be "semester"/,
    fix: /month, half-year, nine-months, year, snapshot, unknown/,
  },
  {
    name: "a misspelt field",
    file: "periods.yaml",
    edit: (t) => t.replace("  source_label: January of 2024", "  source_lable: January of 2024"),
    line: 8,
    message: /unknown field: source_lable/,
    fix: /correct its spelling/,
  },
  {
    name: "malformed YAML",
    file: "periods.yaml",
    edit: (t) => t.replace("  label: February 2024\n", "  label: February 2024\n   kind: [month\n"),
    line: 22,
    message: /not valid YAML/,
    fix: /indentation/,
  },
  {
    name: "a period with no figures",
    file: "periods.yaml",
    edit: (t) => t.replace("- id: 2024-02\n", "- id: 2024-03\n"),
    line: 21,
    message: /period "2024-03" has no figures/,
    fix: /add its observations/,
  },
  {
    name: "a metric whose parent does not exist",
    file: "metrics.yaml",
    edit: (t) => t.replace("parent: decisions.total\n    definition: Decisions to fine.", "parent: decisions.totals\n    definition: Decisions to fine."),
    line: 37,
    message: /unknown parent "decisions.totals"/,
    fix: /closest: decisions.total\b/,
  },
  {
    name: "a metric in an unknown group",
    file: "metrics.yaml",
    edit: (t) => t.replace("group: legal-migration\n    definition: Applications", "group: legal\n    definition: Applications"),
    line: 17,
    message: /unknown group "legal"/,
    fix: /closest: legal-migration/,
  },
  {
    name: "a month id that names no month",
    file: "periods.yaml",
    edit: (t) => t.replace("- id: 2024-01\n", "- id: 2024-13\n"),
    line: 1,
    message: /period id "2024-13" does not name the month its dates cover \(2024-01-01 to 2024-01-31\), which is 2024-01/,
    fix: /use the id 2024-01/,
  },
  {
    name: "a month id whose dates are another month's",
    file: "periods.yaml",
    edit: (t) => t.replace("  start: 2024-01-01\n  end: 2024-01-31", "  start: 2023-05-01\n  end: 2023-05-31"),
    line: 1,
    message: /period id "2024-01" does not name the month its dates cover \(2023-05-01 to 2023-05-31\), which is 2023-05/,
    fix: /correct kind, start and end/,
  },
  {
    name: "a half-year id on a nine-month span",
    file: "periods.yaml",
    edit: (t) => t.replace("  kind: half-year\n  start: 2024-01-01\n  end: 2024-06-30", "  kind: nine-months\n  start: 2024-01-01\n  end: 2024-09-30"),
    line: 11,
    message: /period id "2024-h1" does not name the nine-months its dates cover .* which is 2024-9m/,
    fix: /use the id 2024-9m/,
  },
  {
    name: "a half-year that is no half of a calendar year",
    file: "periods.yaml",
    edit: (t) => t.replace("  start: 2024-01-01\n  end: 2024-06-30", "  start: 2024-03-01\n  end: 2024-08-31"),
    line: 15,
    message: /is a half-year but runs from 2024-03-01 to 2024-08-31/,
    fix: /1 January to 30 June, or from 1 July to 31 December/,
  },
  {
    name: "a period of unknown kind whose id reads as a date",
    file: "periods.yaml",
    edit: (t) => t.replace("- id: undated\n", "- id: 2024-03\n"),
    line: 31,
    message: /period "2024-03" is of unknown kind, but its id reads as a date/,
    fix: /does not start with a year/,
  },
  {
    name: "a fractional value for a count",
    file: "observations.csv",
    edit: (t) => t.replace("2024-01,decisions.fine,837,837,", "2024-01,decisions.fine,837.5,837.5,"),
    line: 5,
    message: /decisions\.fine counts decisions, which are whole numbers, but value is 837\.5/,
    fix: /fractional: true/,
  },
  {
    name: "a citation past the end of its document",
    file: "observations.csv",
    edit: (t) => t.replace("2018-h1,foreigners.registered,827352,\"827,352\",release,2,", "2018-h1,foreigners.registered,827352,\"827,352\",release,4,"),
    line: 10,
    message: /line 4 is past the end of release, which has 3 lines/,
    fix: /cite the line/,
  },
  {
    name: "a period's lines widened beyond its document",
    file: "periods.yaml",
    edit: (t) => t.replace("  lines: 13-14\n", "  lines: 13-40\n"),
    line: 35,
    message: /period "undated" has lines 13-40, but line 40 is past the end of bulletin, which has 14 lines/,
    fix: /correct lines of bulletin/,
  },
  {
    name: "an omission past the end of its document",
    file: "omitted.csv",
    edit: (t) => t.replace("release,3,2017", "release,9,2017"),
    line: 3,
    message: /line 9 is past the end of release/,
    fix: /cite the line/,
  },
  {
    name: "a document without its number of lines",
    file: "documents.yaml",
    edit: (t) => t.replace("  lines: 3\n", ""),
    line: 9,
    message: /has no "lines"/,
    fix: /number of lines of the source text/,
  },
  {
    name: "a label that a spreadsheet would run as a formula",
    file: "metrics.yaml",
    edit: (t) => t.replace("label: Expulsions", 'label: "=HYPERLINK(\\"http://x\\")"'),
    line: 27,
    message: /"label" cannot be/,
    fix: /spreadsheets would read it as a formula/,
  },
  {
    name: "a period without the day it was first published",
    file: "periods.yaml",
    edit: (t) => t.replace("  published: 2026-01-10\n  flags: [unknown-period]", "  flags: [unknown-period]"),
    line: 31,
    message: /published/,
    fix: /YYYY-MM-DD/,
  },
  {
    name: "a revision with an unknown kind",
    file: "revisions.csv",
    edit: (t) => `${t}2024-01,decisions.total,1830,1826,2026-02-01,update,Mistyped,bulletin,2\n`,
    line: 2,
    message: /kind/,
    fix: /correction, revision/,
  },
  {
    name: "a control character in a label",
    file: "periods.yaml",
    edit: (t) => t.replace("  label: February 2024", '  label: "February\\u001b[31m 2024"'),
    line: 22,
    message: /"label" cannot be/,
    fix: /control characters/,
  },
];

describe("loadDataset on bad input", () => {
  it.each(cases)("reports $name at $file:$line with a fix", ({ file, edit, line, message, fix }) => {
    const issues = datasetIssues(mutatedFixture(file, edit));
    const issue = issues.find((i) => message.test(i.message));
    expect(issue, `no issue matched ${message}; got:\n${issues.map((i) => `${i.file}:${i.line} ${i.message}`).join("\n")}`).toBeDefined();
    expect(issue!.file).toBe(file);
    expect(issue!.line).toBe(line);
    expect(issue!.fix).toMatch(fix);
  });

  it.each([
    ["a missing file", "metrics.yaml", null, /the file is missing/],
    ["an empty file", "omitted.csv", () => "", /the file is empty/],
    ["a CSV with only its header", "observations.csv", (t: string) => `${t.split("\n")[0]}\n`, /the file lists no figures/],
    ["a YAML list with no entries", "periods.yaml", () => "[]\n", /the file lists no periods/],
    ["a missing revisions file", "revisions.csv", null, /the file is missing/],
    ["a revisions file with another header", "revisions.csv", () => "period,metric,old,new\n", /the header is "period,metric,old,new"/],
  ])("stops at %s, with one problem instead of its consequences", (_, file, edit, message) => {
    const dir = edit === null ? withoutFile(file) : mutatedFixture(file, edit);
    const issues = datasetIssues(dir);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([expect.stringMatching(message)]);
    expect(issues[0]!.file).toBe(file);
  });

  it.each(["observations.csv", "periods.yaml", "metrics.yaml", "documents.yaml"])("reads %s with a byte-order mark like one without", (file) => {
    const dataset = loadDataset(mutatedFixture(file, (t) => `\uFEFF${t}`));
    expect(dataset.observations).toEqual(loadDataset(FIXTURE_DATASET).observations);
  });

  it("reports every problem of a run, not only the first", () => {
    const dir = mutatedFixture("observations.csv", (t) => t.replace("2024-02,stay", "2024-03,stay").replace("decisions.fine,837,837", "decisions.fine,838,837"));
    expect(datasetIssues(dir).map((i) => i.line)).toEqual(expect.arrayContaining([5, 8]));
  });
});

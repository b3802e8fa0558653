import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFixture, fixtureInputs, type FixtureInputs } from "../helpers/fixtureSite.ts";

/**
 * `npm run build` on inputs a careless or hostile maintainer could give it, each made from
 * the fixture by one edit: the build must stop, name the file, the line and a fix, and leave
 * the last good dist/ as it was.
 */
interface BadInput {
  name: string;
  /** The folder the edit applies to, the file in it, and the edit (undefined deletes it). */
  folder: "data" | "narratives" | "years";
  file: string;
  edit: ((text: string) => string) | undefined;
  /** What the error output must say: the file and line, the problem and its fix. */
  expected: RegExp[];
}

const data = (name: string, file: string, edit: BadInput["edit"], ...expected: RegExp[]): BadInput => ({ name, folder: "data", file, edit, expected });
const narrative = (name: string, edit: (text: string) => string, ...expected: RegExp[]): BadInput => ({ name, folder: "narratives", file: "2024-01.md", edit, expected });
const newFile = (folder: BadInput["folder"], file: string, name: string, ...expected: RegExp[]): BadInput => ({ name, folder, file, edit: () => GOOD, expected });
const GOOD = readFileSync("tests/fixtures/narratives/2024-01.md", "utf8");
const inBody = (from: string, to: string) => (t: string) => t.replace(from, to);

const CASES: BadInput[] = [
  // CSV and YAML syntax
  data("a CSV row with a missing field", "observations.csv", inBody("2024-01,decisions.fine,837,837,bulletin,4,,", "2024-01,decisions.fine,837,837,bulletin,4,"), /observations\.csv:5: expected 8 fields/, /fix: wrap any text that contains a comma/),
  data("an unclosed quote in the CSV", "observations.csv", inBody('2024-01,decisions.total,1826,"1,826"', '2024-01,decisions.total,1826,"1,826'), /observations\.csv:3: expected 8 fields/),
  data("malformed YAML", "periods.yaml", inBody("  kind: month\n  start: 2024-01-01", "  kind: [month\n  start: 2024-01-01"), /periods\.yaml:\d+: this is not valid YAML/, /fix: check indentation/),
  data("a missing metrics.yaml, with no follow-on errors", "metrics.yaml", undefined, /The dataset has 1 problem:\n\n.*metrics\.yaml: the file is missing\n {2}fix: create metrics\.yaml/),
  data("an observations.csv with only its header", "observations.csv", (t) => `${t.split("\n")[0]}\n`, /The dataset has 1 problem:\n\n.*observations\.csv: the file lists no figures\n {2}fix: /),
  data("an empty omitted.csv", "omitted.csv", () => "", /The dataset has 1 problem:\n\n.*omitted\.csv: the file is empty/),
  // Figures
  data("a value that does not parse", "observations.csv", inBody("2024-01,decisions.fine,837,", "2024-01,decisions.fine,8.3.7,"), /observations\.csv:5: the figure for decisions\.fine in 2024-01: "value" cannot be "8\.3\.7"/),
  data("raw text that reads as another value", "observations.csv", inBody("2024-01,decisions.fine,837,837", "2024-01,decisions.fine,837,873"), /observations\.csv:5: raw "873" reads as 873 in bulletin, but value is 837\n {2}fix: make value and raw agree/),
  data("a fractional value for a count", "observations.csv", inBody("2024-01,decisions.fine,837,837", "2024-01,decisions.fine,837.5,837.5"), /observations\.csv:5: decisions\.fine counts decisions, which are whole numbers, but value is 837\.5\n {2}fix: .*fractional: true/),
  data("an unknown metric", "observations.csv", inBody("2024-01,decisions.fine,", "2024-01,decisions.fines,"), /observations\.csv:5: unknown metric "decisions\.fines"\n {2}fix: .*closest: decisions\.fine\b/),
  data("a missing citation", "observations.csv", inBody("2024-01,decisions.fine,837,837,bulletin,4", "2024-01,decisions.fine,837,837,,4"), /observations\.csv:5: the figure for decisions\.fine in 2024-01 has no "document"/),
  data("a duplicate observation", "observations.csv", (t) => `${t}2024-01,decisions.fine,837,837,bulletin,4,,\n`, /observations\.csv:13: decisions\.fine in 2024-01 is already given on line 5/),
  data("a citation outside its period", "observations.csv", inBody("2024-01,decisions.fine,837,837,bulletin,4", "2024-01,decisions.fine,837,837,bulletin,9"), /observations\.csv:5: line 9 lies outside period "2024-01"/),
  data("a citation past the end of its document", "observations.csv", inBody("2024-01,decisions.fine,837,837,bulletin,4", "2024-01,decisions.fine,837,837,bulletin,99"), /observations\.csv:5: line 99 is past the end of bulletin, which has 14 lines\n {2}fix: cite the line/),
  // Periods
  data("a duplicate period id", "periods.yaml", inBody("- id: 2024-02\n", "- id: 2024-01\n"), /periods\.yaml:21: period id "2024-01" is already used on line 1/),
  data("a period with no data", "periods.yaml", (t) => `${t}\n- id: 2024-03\n  label: March 2024\n  kind: month\n  start: 2024-03-01\n  end: 2024-03-31\n  document: bulletin\n  lines: 1-2\n  source_label: March of 2024\n  published: 2026-01-10\n`, /periods\.yaml:\d+: period "2024-03" has no figures/),
  data("dates out of order", "periods.yaml", inBody("  start: 2024-01-01\n  end: 2024-01-31", "  start: 2024-01-31\n  end: 2024-01-01"), /periods\.yaml:5: period "2024-01" ends \(2024-01-01\) before it starts/),
  data("a month id that names no month (2024-13 with December dates)", "periods.yaml", (t) => t.replace("- id: 2024-01\n", "- id: 2024-13\n").replace("  start: 2024-01-01\n  end: 2024-01-31", "  start: 2024-12-01\n  end: 2024-12-31").replaceAll("2024-01,", "2024-13,"), /periods\.yaml:1: period id "2024-13" does not name the month its dates cover \(2024-12-01 to 2024-12-31\), which is 2024-12\n {2}fix: .*use the id 2024-12/),
  data("a month id with another month's dates (2024-01 covering May 2023)", "periods.yaml", inBody("  start: 2024-01-01\n  end: 2024-01-31", "  start: 2023-05-01\n  end: 2023-05-31"), /periods\.yaml:1: period id "2024-01" does not name the month its dates cover \(2023-05-01 to 2023-05-31\)/),
  data("a period's lines widened past the end of its document", "periods.yaml", inBody("  lines: 13-14\n", "  lines: 13-400\n"), /periods\.yaml:35: period "undated" has lines 13-400, but line 400 is past the end of bulletin, which has 14 lines/),
  data("an unknown unit", "metrics.yaml", inBody("    unit: decisions\n    group: illegal-migration\n    definition: All", "    unit: rulings\n    group: illegal-migration\n    definition: All"), /metrics\.yaml:\d+: metric "decisions\.total" has an unknown unit "rulings"/),
  data("a label a spreadsheet would run as a formula", "metrics.yaml", inBody("label: Expulsions", 'label: "=cmd|\' /C calc\'!A0"'), /metrics\.yaml:27: entry "decisions\.expulsion": "label" cannot be .*\n {2}fix: start the text with a word/),
  // Narratives: names
  narrative("an unknown metric in a narrative", inBody(":fig[decisions.total] decisions", ":fig[decisions.totl] decisions"), /narratives\/2024-01\.md:23:\d+: :fig\[decisions\.totl\]: "decisions\.totl" is not a metric; nearest: decisions\.total/),
  narrative("a broken directive", inBody(":fig[decisions.total] decisions", ":figure[decisions.total] decisions"), /2024-01\.md:23:\d+: .*unknown directive; use one of/),
  narrative("a figure the period does not have", inBody(":fig[decisions.total] decisions", ":fig[foreigners.registered] decisions"), /2024-01\.md:23:\d+: .*has no figure for foreigners\.registered; periods that have it: 2018-h1, 2017-h1/),
  narrative("every problem of a narrative, not only the first", (t) => t.replace(":fig[decisions.total] decisions", ":fig[decisions.totl] decisions").replace(":fig[decisions.fine] were", ":fig[decisions.fin] were"), /The narratives have 2 problem\(s\)/, /2024-01\.md:23:\d+: :fig\[decisions\.totl\]/, /2024-01\.md:25:\d+: :fig\[decisions\.fin\]/),
  newFile("narratives", "2024-13.md", "a narrative named after no period", /narratives\/2024-13\.md:1:1: the narrative is named after no period: .*nearest: /),
  newFile("narratives", "2017-h1.md", "a narrative for a period shown on another period's page", /2017-h1\.md:1:1: period "2017-h1" has no page of its own \(its figures are shown on the page of 2018-h1\)/),
  newFile("narratives", "2024-02.MD", "a narrative named in capitals (.MD)", /2024-02\.MD:1:1: is not a narrative file: .*rename it 2024-02\.md/),
  newFile("narratives", "2024-02.markdown", "a narrative named .markdown", /2024-02\.markdown:1:1: is not a narrative file: .*rename it 2024-02\.md/),
  newFile("years", "2019.md", "a year summary for a year with no data", /years\/2019\.md:1:1: the data have no period in 2019.*\(2024, 2018\)/),
  // Narratives: front matter
  narrative("an unquoted colon in the title", inBody("title: A made-up month", "title: Note: a made-up month"), /2024-01\.md:2:\d+: the front matter is not valid YAML \(.*\): a title that holds a colon must be in double quotes: title: "…"/),
  narrative("a summary of two sentences", inBody("on the month after it.", "on the month after it. And another."), /2024-01\.md:3:1: "summary": the summary must be one sentence/),
  narrative("no front matter", (t) => t.replace(/^---[\s\S]*?---\n/, ""), /2024-01\.md:1:1: no front matter/),
  narrative("an empty narrative", (t) => t.replace(/\n## Registrations[\s\S]*$/, "\n"), /2024-01\.md:\d+:1: the narrative is empty/),
  // Narratives: what the text may hold
  narrative("a <script> in a narrative", inBody("This narrative belongs", "<script>alert(1)</script> This narrative belongs"), /2024-01\.md:8:1: raw HTML is not allowed in a narrative/),
  narrative("an <iframe> in a narrative", inBody("## Decisions on breaches", '<iframe src="https://example.org/"></iframe>\n\n## Decisions on breaches'), /2024-01\.md:21:1: raw HTML is not allowed/),
  narrative("an onclick in a narrative", inBody("Applications for registration", '<span onclick="steal()">Applications</span> for registration'), /2024-01\.md:10:\d+: raw HTML is not allowed/),
  narrative("a javascript: link in a narrative", inBody("the last good site", "the [last good](javascript:alert(1)) site"), /2024-01\.md:\d+:\d+: the link target "javascript:alert\(1\)" is not allowed/),
  narrative("an image in a narrative", inBody("## Why the fixture exists", "![tracker](https://example.org/pixel.png)\n\n## Why the fixture exists"), /2024-01\.md:\d+:1: images are not allowed in a narrative/),
  narrative("a narrative too short", (t) => t.replace(/\n## Decisions on breaches[\s\S]*$/, "\n"), /2024-01\.md:1:1: the text has \d+ words: a narrative has 200 to 500; say more/),
  narrative("a narrative too long", (t) => `${t}\n## More\n\n${"Many more words to read here. ".repeat(80)}\n`, /2024-01\.md:1:1: the text has \d+ words: a narrative has 200 to 500; cut it down/),
  narrative("a narrative of 5 MB", (t) => `${t}\n${"word ".repeat(1_000_000)}\n`, /2024-01\.md:1:1: the file is \d+ KB, more than the 64 KB a narrative may have/),
  narrative("a control character in a narrative", inBody("This narrative belongs", "This\u001b[2J narrative belongs"), /2024-01\.md:8:5: a control character \(U\+001B\) was copied into the text: delete it/),
];

function prepare(input: BadInput): FixtureInputs {
  const inputs = fixtureInputs();
  const folder = inputs[input.folder];
  const file = join(folder, input.file);
  const before = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (input.edit === undefined) rmSync(file);
  else {
    const after = input.edit(before ?? "");
    if (after === before) throw new Error(`the edit of ${input.file} changed nothing: fix the test`);
    writeFileSync(file, after);
  }
  mkdirSync(inputs.dist);
  writeFileSync(join(inputs.dist, "index.html"), "the last good build");
  return inputs;
}

describe("npm run build on bad input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("stops on %s, naming file, line and fix, and keeps the last good dist/", (_, input) => {
    const inputs = prepare(input);
    const result = buildFixture(inputs);
    expect(result.status, result.stdout).toBe(1);
    for (const expected of input.expected) expect(result.stderr).toMatch(expected);
    expect(result.stderr).toMatch(/Build stopped; the previous dist\/ is untouched\./);
    expect(readFileSync(join(inputs.dist, "index.html"), "utf8")).toBe("the last good build");
    expect(existsSync(`${inputs.dist}.next`)).toBe(false);
  });
});

describe("npm run build on careless but sound input", () => {
  it.each([
    ["observations.csv", "data"],
    ["periods.yaml", "data"],
    ["2024-01.md", "narratives"],
  ] as const)("reads %s with a byte-order mark as if it had none", (file, folder) => {
    const inputs = fixtureInputs();
    const path = join(inputs[folder], file);
    writeFileSync(path, `\uFEFF${readFileSync(path, "utf8")}`);
    const result = buildFixture(inputs, { REPORT_SKIP_CARDS: "1" });
    expect(result.status, result.stderr).toBe(0);
    const page = readFileSync(join(inputs.dist, "periods/2024-01/index.html"), "utf8");
    expect(page).toContain("A made-up month for the tests of the build");
    expect(page).toContain(">27,328</data>");
  });
});

export const BAD_INPUT_COUNT = CASES.length;

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const GOOD_NARRATIVE = "---\ntitle: A headline for the test\nsummary: One sentence.\n---\n\n## Topic\n\nCalls: :fig[calls.received].\n";

interface BadInput {
  name: string;
  /** Which folder the edit applies to, the file in it, and the edit. */
  folder: "data" | "narratives";
  file: string;
  edit: (text: string) => string;
  /** What the error output must say: the file and line, and the problem. */
  expected: RegExp;
}

const data = (name: string, file: string, edit: (t: string) => string, expected: RegExp): BadInput => ({ name, folder: "data", file, edit, expected });
const narrative = (name: string, text: string, expected: RegExp, file = "2024-11.md"): BadInput => ({ name, folder: "narratives", file, edit: () => text, expected });

const CASES: BadInput[] = [
  data("a CSV row with a missing field", "observations.csv", (t) => t.replace("2024-11,calls.received,5261,5261,sms-bulletins,29,,", "2024-11,calls.received,5261,5261,sms-bulletins,29,"), /observations\.csv:\d+: expected 8 fields/),
  data("an unclosed quote in the CSV", "observations.csv", (t) => t.replace('unlabeled,applications.total,38318,"38,318"', 'unlabeled,applications.total,38318,"38,318'), /observations\.csv:\d+: expected 8 fields/),
  data("malformed YAML", "periods.yaml", (t) => t.replace("  kind: month\n  start: 2024-11-01", "  kind: [month\n  start: 2024-11-01"), /periods\.yaml:\d+: this is not valid YAML/),
  data("a value that does not parse", "observations.csv", (t) => t.replace("2024-11,calls.received,5261,", "2024-11,calls.received,5.261.0,"), /observations\.csv:\d+: the figure for calls\.received in 2024-11: "value" cannot be "5\.261\.0"/),
  data("raw text that reads as another value", "observations.csv", (t) => t.replace("2024-11,calls.received,5261,5261", "2024-11,calls.received,5261,5216"), /observations\.csv:\d+: raw "5216" reads as 5216 in sms-bulletins, but value is 5261/),
  data("an unknown metric", "observations.csv", (t) => t.replace("2024-11,calls.received,", "2024-11,calls.recieved,"), /observations\.csv:\d+: unknown metric "calls\.recieved"\n {2}fix: .*closest: calls\.received/),
  data("a duplicate period id", "periods.yaml", (t) => t.replace("- id: 2024-07\n", "- id: 2024-08\n"), /periods\.yaml:\d+: period id "2024-08" is already used on line \d+/),
  data("a missing citation", "observations.csv", (t) => t.replace("2024-11,calls.received,5261,5261,sms-bulletins,29", "2024-11,calls.received,5261,5261,,29"), /observations\.csv:\d+: the figure for calls\.received in 2024-11 has no "document"/),
  data("a period with no data", "periods.yaml", (t) => `${t}\n- id: 2024-12\n  label: December 2024\n  kind: month\n  start: 2024-12-01\n  end: 2024-12-31\n  document: sms-bulletins\n  lines: 1-2\n  source_label: December of 2024\n`, /periods\.yaml:\d+: period "2024-12" has no figures/),
  data("dates out of order", "periods.yaml", (t) => t.replace("  start: 2024-11-01\n  end: 2024-11-30", "  start: 2024-11-30\n  end: 2024-11-01"), /periods\.yaml:\d+: period "2024-11" ends \(2024-11-01\) before it starts/),
  data("a duplicate observation", "observations.csv", (t) => `${t}2024-11,calls.received,5261,5261,sms-bulletins,29,,\n`, /observations\.csv:\d+: calls\.received in 2024-11 is already given on line \d+/),
  data("an unknown unit", "metrics.yaml", (t) => t.replace("    unit: calls\n", "    unit: phone-calls\n"), /metrics\.yaml:\d+: metric "calls\.received" has an unknown unit "phone-calls"/),
  data("a citation outside its period", "observations.csv", (t) => t.replace("2024-11,calls.received,5261,5261,sms-bulletins,29", "2024-11,calls.received,5261,5261,sms-bulletins,47"), /observations\.csv:\d+: line 47 lies outside period "2024-11"/),
  narrative("an unknown metric in a narrative", GOOD_NARRATIVE.replace(":fig[calls.received]", ":fig[calls.recieved]"), /2024-11\.md:8:8: :fig\[calls\.recieved\]: "calls\.recieved" is not a metric; nearest: calls\.received/),
  narrative("a broken directive", GOOD_NARRATIVE.replace(":fig[calls.received]", ":figure[calls.received]"), /2024-11\.md:8:8: .*unknown directive/),
  narrative("a figure the period does not have", GOOD_NARRATIVE.replace(":fig[calls.received]", ":fig[applications.total]"), /2024-11\.md:8:8: .*has no figure for applications\.total; periods that have it: unlabeled/),
  narrative("an empty narrative", "---\ntitle: A headline for the test\nsummary: One sentence.\n---\n\n", /2024-11\.md:\d+:\d+: the narrative is empty/),
  narrative("a summary of two sentences", GOOD_NARRATIVE.replace("summary: One sentence.", "summary: One sentence. And another."), /2024-11\.md:3:1: "summary": the summary must be one sentence/),
  narrative("a narrative named after no period", GOOD_NARRATIVE, /2024-13\.md:1:1: narrative .*2024-13\.md is named after no period/, "2024-13.md"),
];

function buildWith(input: BadInput) {
  const root = mkdtempSync(join(tmpdir(), "sms-bad-"));
  const folders = { data: join(root, "data"), narratives: join(root, "narratives") };
  cpSync(resolve("content/data"), folders.data, { recursive: true });
  mkdirSync(folders.narratives);
  writeFileSync(join(folders.narratives, "2024-11.md"), GOOD_NARRATIVE);
  const file = join(folders[input.folder], input.file);
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  const after = input.edit(before);
  if (after === before) throw new Error(`the edit of ${input.file} changed nothing: fix the test`);
  writeFileSync(file, after);
  const dist = join(root, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), "the last good build");
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, REPORT_DATA_DIR: folders.data, REPORT_NARRATIVES_DIR: folders.narratives, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, "cache") },
    encoding: "utf8",
  });
  return { result, dist };
}

describe("npm run build on bad input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("stops on %s, naming file and line, and keeps the last good dist/", (_, input) => {
    const { result, dist } = buildWith(input);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(input.expected);
    expect(result.stderr).toMatch(/Build stopped; the previous dist\/ is untouched\./);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("the last good build");
    expect(existsSync(`${dist}.next`)).toBe(false);
  });
});

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";

/**
 * A bulletin in the fixture's terms: January 2024 again (one figure changed) and a new
 * March. The fixture cites its bulletin document to 14 lines, so the text has 14.
 */
const TEXT = [
  "Legal migration",
  "- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – 27,400",
  "During January of 2024, 100 calls were received by the Call Center of SMS.",
  "During January of 2024, 200 e-applications were received for registration.",
  "Legal migration",
  "- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – 30000",
  "During March of 2024, 300 calls were received by the Call Center of SMS.",
  "During March of 2024, 400 e-applications were received for registration.",
  // Lines 9 to 14 are blank, and the last ends with a line break.
  ...Array.from({ length: 7 }, () => ""),
].join("\n");

const git = (root: string, ...args: string[]) =>
  spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: root, encoding: "utf8" });

/** The fixture dataset and the bulletin text in a fresh git repository, removed after the test. */
function setUp(text = TEXT, name = "bulletin.txt") {
  const root = mkdtempSync(join(tmpdir(), "sms-ingest-test-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, "data");
  cpSync(FIXTURE_DATASET, data, { recursive: true });
  // The fixture has no metrics for calls and e-applications: give it the two the closing lines need.
  const metrics = join(data, "metrics.yaml");
  writeFileSync(
    metrics,
    readFileSync(metrics, "utf8").replace("metrics:\n", "metrics:\n  - { id: calls.received, label: Calls, unit: applications, group: legal-migration, definition: Calls. }\n  - { id: eservices.applications, label: E-applications, unit: applications, group: legal-migration, definition: Online. }\n"),
  );
  // …and name its registration metric as the dataset (and the phrasings table) do.
  for (const file of ["metrics.yaml", "observations.csv", "editions/az.yaml", "editions/ru.yaml"]) {
    const path = join(data, file);
    writeFileSync(path, readFileSync(path, "utf8").replaceAll("stay.applications", "stay.registration-applications"));
  }
  // The two metrics in the other editions' words too.
  for (const [edition, calls, online] of [["az", "Zənglər", "Elektron müraciətlər"], ["ru", "Звонки", "Электронные обращения"]]) {
    const path = join(data, "editions", `${edition}.yaml`);
    writeFileSync(path, readFileSync(path, "utf8").replace("metrics:\n", `metrics:\n  calls.received: { label: ${calls}, definition: ${calls}. }\n  eservices.applications: { label: ${online}, definition: ${online}. }\n`));
  }
  const input = join(root, name);
  writeFileSync(input, text);
  git(root, "init", "-q");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "fixture");
  return { root, data, input, status: () => git(root, "status", "--porcelain").stdout };
}

function ingest(input: string, data: string, ...flags: string[]) {
  return spawnSync(process.execPath, ["scripts/ingest.ts", input, "--data", data, ...flags], { encoding: "utf8" });
}

describe("npm run ingest", () => {
  it("reports per bulletin what is new, changed and unchanged, and writes nothing without --apply", () => {
    const { data, input, status } = setUp();
    const run = ingest(input, data);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/January 2024 — period 2024-01, lines 1-4/);
    expect(run.stdout).toMatch(/line {4}2 {2}changed {6}27,400 {2}stay\.registration-applications .*\(dataset has 27,328\)/);
    expect(run.stdout).toMatch(/March 2024 — period 2024-03 \(new period\), lines 5-8/);
    expect(run.stdout).toMatch(/2 bulletin\(s\): 5 new, 1 changed, 0 unchanged figures; 0 line\(s\) not understood\./);
    expect(status()).toBe("");
  });

  it("with --apply refuses to change a published value and then writes nothing at all", () => {
    const { data, input, status } = setUp();
    const run = ingest(input, data, "--apply");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/REFUSED 2024-01 stay\.registration-applications \(line 2\): the dataset has 27,328, the bulletin 27,400; pass --replace/);
    expect(run.stderr).toMatch(/Nothing written: 1 published value\(s\) would change/);
    expect(status()).toBe("");
  });

  it("with --apply --replace writes figures, the new period and left-out years, each omission once", () => {
    const { data, input, status } = setUp();
    const run = ingest(input, data, "--apply", "--replace");
    expect(run.status, run.stderr).toBe(0);
    const dataset = loadDataset(data, data);
    expect(dataset.observations.find((o) => o.period === "2024-03" && o.metric === "stay.registration-applications")).toMatchObject({ value: 30000, raw: "30000", document: "bulletin", line: 6 });
    expect(dataset.observations.find((o) => o.period === "2024-01" && o.metric === "stay.registration-applications")?.value).toBe(27400);
    expect(dataset.periods.find((p) => p.id === "2024-03")).toMatchObject({ kind: "month", start: "2024-03-01", end: "2024-03-31", lines: { from: 5, to: 8 } });
    // Line 8 already lists its year (with another note): it must not be listed twice.
    const keys = dataset.omissions.map((o) => `${o.document}:${o.line}:${o.token}`);
    expect(keys.filter((k) => k === "bulletin:8:2024")).toHaveLength(1);
    for (const line of [3, 4, 7]) expect(keys).toContain(`bulletin:${line}:2024`);
    expect(new Set(keys).size).toBe(keys.length);

    // The new month is named in the other editions by its dates, and the narratives to write are named.
    expect(readFileSync(join(data, "editions", "az.yaml"), "utf8")).toMatch(/2024-03: \{ label: mart 2024, source_label: [^}]+ \}/);
    expect(readFileSync(join(data, "editions", "ru.yaml"), "utf8")).toMatch(/2024-03: \{ label: март 2024, source_label: [^}]+ \}/);
    expect(readFileSync(join(data, "editions", "ru.yaml"), "utf8")).toContain("# Russian texts of the fixture dataset");
    expect(run.stdout).toMatch(/2024-03: az "mart 2024", ru "март 2024"/);
    expect(run.stdout).toMatch(/Narratives to write[^\n]*\n\s+\S*periods\/2024-03\.md\n\s+\S*az\/periods\/2024-03\.md\n\s+\S*ru\/periods\/2024-03\.md/);

    // Ingesting the same text again finds everything unchanged and writes nothing.
    git(data, "add", ".");
    git(data, "commit", "-q", "-m", "ingested");
    const again = ingest(input, data, "--apply");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 new, 0 changed, 6 unchanged figures/);
    expect(status()).toBe("");
  });

  it("writes nothing and exits non-zero when a line is not understood", () => {
    const { data, input, status } = setUp(TEXT.replace("e-applications were received for registration.\n\n", "e-applications were received for registration.\n- Applications on something new – 42\n"));
    const run = ingest(input, data, "--apply");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/NOT UNDERSTOOD line 9: this line names a number that no known phrasing maps to a metric/);
    expect(status()).toBe("");
  });

  it.each([
    ["a file that is not a document of documents.yaml", TEXT, "new-bulletin.txt", [], /^new-bulletin\.txt is not a document of .*documents\.yaml: add it there first \(id, file: new-bulletin\.txt, title, number_format, lines: 14\)/],
    ["a --document that names no document", TEXT, "bulletin.txt", ["--document", "nope"], /^unknown document "nope": add it to .*documents\.yaml first/],
    ["a --document that is another text", TEXT, "bulletin.txt", ["--document", "release"], /^document "release" is the text release\.txt in .*documents\.yaml, not bulletin\.txt/],
    ["a text with another number of lines than its document", `${TEXT}One line more.`, "bulletin.txt", [], /^bulletin\.txt has 15 lines, but .*documents\.yaml records 14 for bulletin: this is not the text its citations count lines in/],
    ["an empty file", "", "bulletin.txt", [], /bulletin\.txt is empty: save the document's text into it first$/],
    ["a binary file", "\u0000\u0001PK\u0003\u0004 binary", "bulletin.txt", [], /bulletin\.txt is a binary file, not text/],
  ] as const)("refuses %s with one line, even with --apply, and writes nothing", (_, text, name, flags, message) => {
    const { data, input, status } = setUp(text, name);
    const run = ingest(input, data, ...flags, "--apply");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(status()).toBe("");
  });

  it("refuses a file that is not UTF-8 text, and a missing file, with one line", () => {
    const { data, root, status } = setUp();
    const latin1 = join(root, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x6c, 0x6c, 0x73, 0xe9, 0xff, 0x0a]));
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "latin1");
    for (const [path, message] of [[latin1, /latin1\.txt is not a UTF-8 text file/], [join(root, "missing.txt"), /missing\.txt does not exist: check the path/]] as const) {
      const run = ingest(path, data, "--apply");
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect(status()).toBe("");
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { TEXT, git, ingest, setUp } from "../helpers/ingestFixture.ts";

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
    const run = ingest(input, data, "--apply", "--replace", "--reason", "The bulletin prints a new value", "--date", "2026-12-02");
    expect(run.status, run.stderr).toBe(0);
    const dataset = loadDataset(data, data);
    expect(dataset.observations.find((o) => o.period === "2024-03" && o.metric === "stay.registration-applications")).toMatchObject({ value: 30000, raw: "30000", document: "bulletin", line: 6 });
    expect(dataset.observations.find((o) => o.period === "2024-01" && o.metric === "stay.registration-applications")?.value).toBe(27400);
    expect(dataset.periods.find((p) => p.id === "2024-03")).toMatchObject({ kind: "month", start: "2024-03-01", end: "2024-03-31", lines: { from: 5, to: 8 }, published: "2026-12-02" });
    // The replaced value has its entry in revisions.csv: old and new value, day, kind, reason, the new value's line.
    expect(dataset.revisions).toEqual([
      { period: "2024-01", metric: "stay.registration-applications", oldValue: 27328, newValue: 27400, date: "2026-12-02", kind: "revision", reason: "The bulletin prints a new value", document: "bulletin", line: 2 },
    ]);
    expect(run.stdout).toMatch(/1 replaced figure\(s\), each with its entry in revisions\.csv/);
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

  it("refuses --replace without a reason, and an unknown kind of change, and writes nothing", () => {
    const { data, input, status } = setUp();
    const bare = ingest(input, data, "--apply", "--replace");
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/--replace changes published figures: say why with --reason/);
    const blank = ingest(input, data, "--apply", "--replace", "--reason", "  ");
    expect(blank.status).toBe(2);
    const kind = ingest(input, data, "--apply", "--replace", "--reason", "Revised", "--kind", "update");
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/--kind is correction or revision, not "update"/);
    expect(status()).toBe("");
  });

  it("refuses a reason a spreadsheet would run as a formula, and writes nothing", () => {
    const { data, input, status } = setUp();
    const run = ingest(input, data, "--apply", "--replace", "--reason", "=HYPERLINK(1)");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Nothing written: the result would not be a valid dataset[\s\S]*revisions\.csv/);
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

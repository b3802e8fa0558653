import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";

/** A bulletin in the fixture's terms: January 2024 again (one figure changed) and a new March. */
const TEXT = [
  "Legal migration",
  "- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – 27,400",
  "During January of 2024, 100 calls were received by the Call Center of SMS.",
  "During January of 2024, 200 e-applications were received for registration.",
  "Legal migration",
  "- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – 30000",
  "During March of 2024, 300 calls were received by the Call Center of SMS.",
  "During March of 2024, 400 e-applications were received for registration.",
].join("\n");

function setUp(text = TEXT) {
  const root = mkdtempSync(join(tmpdir(), "sms-ingest-test-"));
  const data = join(root, "data");
  cpSync(FIXTURE_DATASET, data, { recursive: true });
  // The fixture has no metrics for calls and e-applications: give it the two the closing lines need.
  const metrics = join(data, "metrics.yaml");
  writeFileSync(
    metrics,
    readFileSync(metrics, "utf8").replace("metrics:\n", "metrics:\n  - { id: calls.received, label: Calls, unit: applications, group: legal-migration, definition: Calls. }\n  - { id: eservices.applications, label: E-applications, unit: applications, group: legal-migration, definition: Online. }\n"),
  );
  // …and name its registration metric as the dataset (and the phrasings table) do.
  for (const name of ["metrics.yaml", "observations.csv"]) {
    const file = join(data, name);
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("stay.applications", "stay.registration-applications"));
  }
  const input = join(root, "bulletin.txt");
  writeFileSync(input, text);
  return { data, input };
}

function ingest(input: string, data: string, ...flags: string[]) {
  return spawnSync(process.execPath, ["scripts/ingest.ts", input, "--data", data, "--document", "bulletin", ...flags], { encoding: "utf8" });
}

describe("npm run ingest", () => {
  it("reports per bulletin what is new, changed and unchanged, and writes nothing without --apply", () => {
    const { data, input } = setUp();
    const before = readFileSync(join(data, "observations.csv"), "utf8");
    const run = ingest(input, data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/January 2024 — period 2024-01, lines 1-4/);
    expect(run.stdout).toMatch(/line {4}2 {2}changed {6}27,400 {2}stay\.registration-applications .*\(dataset has 27,328\)/);
    expect(run.stdout).toMatch(/March 2024 — period 2024-03 \(new period\), lines 5-8/);
    expect(run.stdout).toMatch(/2 bulletin\(s\): 5 new, 1 changed, 0 unchanged figures; 0 line\(s\) not understood\./);
    expect(readFileSync(join(data, "observations.csv"), "utf8")).toBe(before);
  });

  it("with --apply writes the new figures, period and left-out years, refusing to overwrite", () => {
    const { data, input } = setUp();
    const run = ingest(input, data, "--apply");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/REFUSED 2024-01 stay\.registration-applications \(line 2\): the dataset has 27,328, the bulletin 27,400; pass --replace/);
    const dataset = loadDataset(data, data);
    expect(dataset.observations.find((o) => o.period === "2024-03" && o.metric === "stay.registration-applications")).toMatchObject({ value: 30000, raw: "30000", document: "bulletin", line: 6 });
    expect(dataset.observations.find((o) => o.period === "2024-01" && o.metric === "stay.registration-applications")?.value).toBe(27328);
    expect(dataset.periods.find((p) => p.id === "2024-03")).toMatchObject({ kind: "month", start: "2024-03-01", end: "2024-03-31", lines: { from: 5, to: 8 } });
    const omitted = readFileSync(join(data, "omitted.csv"), "utf8");
    for (const line of [3, 4, 7]) expect(omitted).toContain(`bulletin,${line},2024,period-label,part of the period name in a closing line\n`);
  });

  it("with --replace overwrites a changed figure", () => {
    const { data, input } = setUp();
    expect(ingest(input, data, "--apply", "--replace").status).toBe(0);
    expect(loadDataset(data, data).observations.find((o) => o.period === "2024-01" && o.metric === "stay.registration-applications")?.value).toBe(27400);
  });

  it("writes nothing and exits non-zero when a line is not understood", () => {
    const { data, input } = setUp(`${TEXT}\n- Applications on something new – 42`);
    const before = readFileSync(join(data, "observations.csv"), "utf8");
    const run = ingest(input, data, "--apply");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/NOT UNDERSTOOD line 9: this line names a number that no known phrasing maps to a metric/);
    expect(readFileSync(join(data, "observations.csv"), "utf8")).toBe(before);
  });

  it("refuses an unknown document", () => {
    const { data, input } = setUp();
    const run = spawnSync(process.execPath, ["scripts/ingest.ts", input, "--data", data, "--document", "nope"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown document "nope"/);
  });
});

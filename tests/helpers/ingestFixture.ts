import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { FIXTURE_DATASET } from "./fixture.ts";

/**
 * A bulletin in the fixture's terms: January 2024 again (one figure changed) and a new
 * March. The fixture cites its bulletin document to 14 lines, so the text has 14.
 */
export const TEXT = [
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

export const git = (root: string, ...args: string[]) =>
  spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: root, encoding: "utf8" });

/** The fixture dataset and the bulletin text in a fresh git repository, removed after the test. */
export function setUp(text = TEXT, name = "bulletin.txt") {
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

export function ingest(input: string, data: string, ...flags: string[]) {
  return spawnSync(process.execPath, ["scripts/ingest.ts", input, "--data", data, ...flags], { encoding: "utf8" });
}


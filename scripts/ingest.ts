/**
 * npm run ingest -- <bulletin.txt> [--document <id>] [--apply] [--replace]
 *
 * Reads the text of one or more SMS monthly bulletins and lists, per bulletin, the period,
 * every figure with its line, how it compares with the dataset, the lines it did not
 * understand and the breakdown checks. With --apply it writes the new figures (with their
 * citations), new periods and the numbers it leaves out into content/data/, after checking
 * that the result is a valid dataset; it never overwrites a published value without --replace.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DATASET_FILES, loadDataset } from "../src/lib/dataset/load.ts";
import { DatasetError } from "../src/lib/dataset/DatasetError.ts";
import { formatNumber } from "../src/lib/format.ts";
import { applyIngest } from "../src/lib/ingest/applyIngest.ts";
import { compareWithDataset } from "../src/lib/ingest/compareWithDataset.ts";
import { parseBulletins } from "../src/lib/ingest/parseBulletins.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    document: { type: "string", default: "sms-bulletins" },
    apply: { type: "boolean", default: false },
    replace: { type: "boolean", default: false },
    data: { type: "string", default: "content/data" },
  },
});
const [input] = positionals;
if (!input) {
  console.error("usage: npm run ingest -- <bulletin.txt> [--document <id>] [--apply] [--replace]");
  process.exit(2);
}
const dataDir = resolve(values.data);

let dataset;
try {
  dataset = loadDataset(dataDir);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(`The dataset must be valid before ingesting:\n\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
if (!dataset.documents.some((d) => d.id === values.document)) {
  console.error(`Unknown document "${values.document}": add it to ${join(values.data, DATASET_FILES.documents)} first, then pass --document <its id>.`);
  process.exit(1);
}

const parsed = parseBulletins(readFileSync(input, "utf8"));
const compared = compareWithDataset(parsed.bulletins, dataset);
const metricLabel = (id: string) => dataset.metrics.find((m) => m.id === id)?.label ?? `UNKNOWN METRIC ${id}`;
const counts = { new: 0, changed: 0, unchanged: 0 };

for (const b of compared) {
  const p = b.bulletin.period;
  console.log(`\n${p.label} — period ${p.id}${b.periodExists ? "" : " (new period)"}, lines ${b.bulletin.from}-${b.bulletin.to}${p.flags.length ? ` [${p.flags.join(", ")}]` : ""}`);
  for (const f of b.figures) {
    counts[f.status]++;
    const change = f.status === "changed" ? ` (dataset has ${formatNumber(f.existing!.value)})` : "";
    console.log(`  line ${String(f.line).padStart(4)}  ${f.status.padEnd(9)} ${formatNumber(f.value).padStart(9)}  ${f.metric}  ${metricLabel(f.metric)}${change}`);
  }
  for (const g of b.gaps)
    console.log(`  check: ${g.parent} is ${formatNumber(g.total)} but its ${g.parts.length} parts add up to ${formatNumber(g.itemised)} (${formatNumber(g.gap)} not itemised)`);
}
for (const problem of parsed.problems) console.log(`\nNOT UNDERSTOOD line ${problem.line}: ${problem.message}\n  ${problem.text.slice(0, 120)}`);
const unknownMetrics = compared.flatMap((b) => b.figures).filter((f) => !dataset.metrics.some((m) => m.id === f.metric));
console.log(`\n${compared.length} bulletin(s): ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged figures; ${parsed.problems.length} line(s) not understood.`);

if (!values.apply) process.exit(0);
if (parsed.problems.length > 0 || unknownMetrics.length > 0) {
  console.error("\nNothing written: fix the lines not understood first (or add their phrasing to src/lib/ingest/phrasings.ts).");
  process.exit(1);
}

const files = { observations: DATASET_FILES.observations, omissions: DATASET_FILES.omissions, periods: DATASET_FILES.periods } as const;
const current = { observations: readFileSync(join(dataDir, files.observations), "utf8"), omissions: readFileSync(join(dataDir, files.omissions), "utf8"), periods: readFileSync(join(dataDir, files.periods), "utf8") };
const result = applyIngest(current, compared, values.document, values.replace);
for (const r of result.refused)
  console.error(`REFUSED ${r.period} ${r.metric} (line ${r.line}): the dataset has ${formatNumber(r.old)}, the bulletin ${formatNumber(r.value)}; pass --replace to overwrite`);

// Check the whole result as a dataset in a scratch copy before touching content/data.
const scratch = mkdtempSync(join(tmpdir(), "sms-ingest-"));
for (const name of Object.values(DATASET_FILES)) if (existsSync(join(dataDir, name))) copyFileSync(join(dataDir, name), join(scratch, name));
for (const [key, name] of Object.entries(files)) writeFileSync(join(scratch, name), result.texts[key as keyof typeof files]);
try {
  loadDataset(scratch, scratch);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(`\nNothing written: the result would not be a valid dataset:\n\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
// Each file is written whole to a temporary name and renamed over the old one.
for (const [key, name] of Object.entries(files)) {
  const text = result.texts[key as keyof typeof files];
  if (text === current[key as keyof typeof files]) continue;
  const target = join(dataDir, name);
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
}
console.log(`\nWritten: ${result.added} new and ${result.replaced} replaced figure(s)${result.refused.length ? `; ${result.refused.length} change(s) refused` : ""}.`);
process.exit(result.refused.length > 0 ? 1 : 0);

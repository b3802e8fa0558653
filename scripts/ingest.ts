/**
 * npm run ingest -- <bulletin.txt> [--document <id>] [--apply] [--replace --reason "…" [--kind revision|correction]] [--date YYYY-MM-DD]
 *
 * Reads the text of one or more SMS monthly bulletins and lists, per bulletin, the period,
 * every figure with its line, how it compares with the dataset, the lines it did not
 * understand and the breakdown checks. The text must be a document of documents.yaml (by
 * its file name and number of lines), so that every figure is cited to the right text.
 * With --apply it writes the new figures (with their citations), new periods and the
 * numbers it leaves out into content/data/, after checking that the result is a valid
 * dataset. It writes all of its files or none: nothing when a line is not understood, and
 * nothing when a published value would change without --replace. --replace needs a
 * --reason: each replaced value gets its entry in revisions.csv (old and new value, the
 * day, the kind, the reason, the new value's citation), and the period pages show it.
 * New periods are first published on --date (today by default).
 */
import { loadEditionTexts } from "../src/lib/dataset/editionTexts.ts";
import { EDITIONS } from "../src/lib/i18n/editionPaths.ts";
import { editionMessages } from "../src/lib/i18n/editions.ts";
import { periodName, withEditionPeriods } from "../src/lib/ingest/editionPeriods.ts";
import { narrativeFolders } from "../src/lib/narratives/folders.ts";
import { en } from "../src/lib/i18n/en/index.ts";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DATASET_FILES, loadDataset } from "../src/lib/dataset/load.ts";
import { REVISION_KINDS } from "../src/lib/dataset/schema.ts";
import type { RevisionKind } from "../src/lib/dataset/types.ts";
import { DatasetError } from "../src/lib/dataset/DatasetError.ts";
import { formatNumber } from "../src/lib/format.ts";
import { applyIngest } from "../src/lib/ingest/applyIngest.ts";
import { compareWithDataset } from "../src/lib/ingest/compareWithDataset.ts";
import { documentForText } from "../src/lib/ingest/documentForText.ts";
import { parseBulletins } from "../src/lib/ingest/parseBulletins.ts";
import { lineCount, readSourceText, SourceTextError } from "../src/lib/sourceText.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    document: { type: "string" },
    apply: { type: "boolean", default: false },
    replace: { type: "boolean", default: false },
    reason: { type: "string" },
    kind: { type: "string", default: "revision" },
    date: { type: "string", default: new Date().toISOString().slice(0, 10) },
    data: { type: "string", default: "content/data" },
  },
});
const [input] = positionals;
if (!input) {
  console.error('usage: npm run ingest -- <bulletin.txt> [--document <id>] [--apply] [--replace --reason "…" [--kind revision|correction]] [--date YYYY-MM-DD]');
  process.exit(2);
}
if (values.replace && !values.reason?.trim()) {
  console.error('--replace changes published figures: say why with --reason "…" (it is shown beside each changed value), and whether the source revised them (--kind revision, the default) or this report corrects its own error (--kind correction).');
  process.exit(2);
}
if (!(REVISION_KINDS as readonly string[]).includes(values.kind)) {
  console.error(`--kind is ${REVISION_KINDS.join(" or ")}, not "${values.kind}"`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date is a day as YYYY-MM-DD, not "${values.date}"`);
  process.exit(2);
}
const dataDir = resolve(values.data);
const refuse = (message: string): never => {
  console.error(message);
  process.exit(1);
};

let text = "";
try {
  text = readSourceText(input);
} catch (error) {
  if (!(error instanceof SourceTextError)) throw error;
  refuse(error.message);
}

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
const document = documentForText(dataset.documents, { fileName: basename(input), lines: lineCount(text) }, values.document, join(values.data, DATASET_FILES.documents));
if (typeof document === "string") refuse(document);
const documentId = (document as Exclude<typeof document, string>).id;

const parsed = parseBulletins(text);
if (parsed.bulletins.length === 0)
  refuse(`${input} holds no bulletin: each bulletin ends with its two closing lines ("During <period>, N calls …" and "… N e-applications …"); is this the right file?`);
const compared = compareWithDataset(parsed.bulletins, dataset);
const metricLabel = (id: string) => dataset.metrics.find((m) => m.id === id)?.label ?? `UNKNOWN METRIC ${id}`;
const counts = { new: 0, changed: 0, unchanged: 0 };

for (const b of compared) {
  const p = b.bulletin.period;
  console.log(`\n${p.label} — period ${p.id}${b.periodExists ? "" : " (new period)"}, lines ${b.bulletin.from}-${b.bulletin.to}${p.flags.length ? ` [${p.flags.join(", ")}]` : ""}`);
  for (const f of b.figures) {
    counts[f.status]++;
    const change = f.status === "changed" ? ` (dataset has ${formatNumber(f.existing!.value, en)})` : "";
    console.log(`  line ${String(f.line).padStart(4)}  ${f.status.padEnd(9)} ${formatNumber(f.value, en).padStart(9)}  ${f.metric}  ${metricLabel(f.metric)}${change}`);
  }
  for (const g of b.gaps)
    console.log(`  check: ${g.parent} is ${formatNumber(g.total, en)} but its ${g.parts.length} parts add up to ${formatNumber(g.itemised, en)} (${formatNumber(g.gap, en)} not itemised)`);
}
for (const problem of parsed.problems) console.log(`\nNOT UNDERSTOOD line ${problem.line}: ${problem.message}\n  ${printable(problem.text.slice(0, 120))}`);
const unknownMetrics = compared.flatMap((b) => b.figures).filter((f) => !dataset.metrics.some((m) => m.id === f.metric));
console.log(`\n${compared.length} bulletin(s): ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged figures; ${parsed.problems.length} line(s) not understood.`);

if (!values.apply) process.exit(0);
if (parsed.problems.length > 0 || unknownMetrics.length > 0) {
  console.error("\nNothing written: fix the lines not understood first (or add their phrasing to src/lib/ingest/phrasings.ts).");
  process.exit(1);
}

const files = { observations: DATASET_FILES.observations, omissions: DATASET_FILES.omissions, periods: DATASET_FILES.periods, revisions: DATASET_FILES.revisions } as const;
const current = Object.fromEntries(Object.entries(files).map(([key, name]) => [key, readFileSync(join(dataDir, name), "utf8")])) as Record<keyof typeof files, string>;
const result = applyIngest(current, compared, documentId, {
  date: values.date,
  replace: values.replace ? { kind: values.kind as RevisionKind, reason: values.reason!.trim() } : undefined,
});
// A new period is named in the other editions too (by Intl, until a translator names it), so that it builds in each.
const newPeriods = compared.filter((b) => !b.periodExists).map((b) => b.bulletin.period);
const editionFiles = EDITIONS.filter((e) => e !== "en").map((edition) => {
  const name = join("editions", `${edition}.yaml`);
  const before = existsSync(join(dataDir, name)) ? readFileSync(join(dataDir, name), "utf8") : undefined;
  return { edition, name, before, after: before === undefined ? undefined : withEditionPeriods(before, newPeriods, editionMessages(edition).locale) };
});
for (const r of result.refused)
  console.error(`REFUSED ${r.period} ${r.metric} (line ${r.line}): the dataset has ${formatNumber(r.old, en)}, the bulletin ${formatNumber(r.value, en)}; pass --replace --reason "…" to overwrite`);
if (result.refused.length > 0) refuse(`\nNothing written: ${result.refused.length} published value(s) would change. Check them against the source, then run again with --replace --reason "…" to overwrite them and record why.`);

// Check the whole result as a dataset in a scratch copy before touching content/data.
const scratch = mkdtempSync(join(tmpdir(), "sms-ingest-"));
for (const name of Object.values(DATASET_FILES)) if (existsSync(join(dataDir, name))) copyFileSync(join(dataDir, name), join(scratch, name));
for (const [key, name] of Object.entries(files)) writeFileSync(join(scratch, name), result.texts[key as keyof typeof files]);
mkdirSync(join(scratch, "editions"));
for (const f of editionFiles) if (f.after !== undefined) writeFileSync(join(scratch, f.name), f.after);
let invalid: DatasetError | undefined;
try {
  const checked = loadDataset(scratch, scratch);
  for (const f of editionFiles) if (f.after !== undefined) loadEditionTexts(join(scratch, f.name), checked, editionMessages(f.edition).locale, scratch);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  invalid = error;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (invalid) refuse(`\nNothing written: the result would not be a valid dataset:\n\n${invalid.message}`);
// Every file is written whole to a temporary name first; only when all are written are
// they renamed over the old ones, so that a failure leaves the dataset as it was.
const changed: [string, string][] = [
  ...Object.entries(files).filter(([key]) => result.texts[key as keyof typeof files] !== current[key as keyof typeof files]).map(([key, name]) => [name, result.texts[key as keyof typeof files]] as [string, string]),
  ...editionFiles.filter((f) => f.after !== undefined && f.after !== f.before).map((f) => [f.name, f.after!] as [string, string]),
];
for (const [name, text] of changed) writeFileSync(join(dataDir, `${name}.tmp`), text);
for (const [name] of changed) renameSync(join(dataDir, `${name}.tmp`), join(dataDir, name));
console.log(`\nWritten: ${result.added} new and ${result.replaced} replaced figure(s)${result.replaced > 0 ? `, each with its entry in ${DATASET_FILES.revisions}` : ""}.`);
if (newPeriods.length > 0) {
  console.log("New periods named in the other editions by their dates (check the names in content/data/editions/):");
  for (const p of newPeriods) console.log(`  ${p.id}: ${editionFiles.map((f) => `${f.edition} "${periodName(p, editionMessages(f.edition).locale)}"`).join(", ")}`);
}
const toWrite = newPeriods.flatMap((p) => EDITIONS.map((e) => join(narrativeFolders(e).period, `${p.id}.md`))).filter((file) => !existsSync(file));
if (toWrite.length > 0) console.log(`Narratives to write (the pages build without them, and say so):\n${toWrite.map((f) => `  ${relative(process.cwd(), f)}`).join("\n")}`);

/** A line of the input as it can be shown in a terminal: control characters made visible. */
function printable(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * npm run audit:sources -- <folder with the SMS source texts>
 *
 * Lists every number in the source texts that the dataset neither records as an
 * observation nor lists in omitted.csv, and every citation that points at a line where
 * its number is not printed. Exits 1 when anything is unaccounted for.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { auditSources } from "../src/lib/audit/auditSources.ts";
import { DatasetError } from "../src/lib/dataset/DatasetError.ts";
import { loadDataset } from "../src/lib/dataset/load.ts";
import { withoutBom } from "../src/lib/sourceText.ts";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npm run audit:sources -- <folder with the source .txt files> [dataset folder]");
  process.exit(2);
}
const datasetDir = resolve(process.argv[3] ?? "content/data");

try {
  const dataset = loadDataset(datasetDir);
  const texts = new Map<string, string>();
  for (const doc of dataset.documents) {
    const file = join(folder, doc.file);
    if (existsSync(file)) texts.set(doc.id, withoutBom(readFileSync(file, "utf8")));
  }
  const report = auditSources(dataset, texts);

  console.log(`Source folder: ${folder}`);
  for (const doc of dataset.documents)
    console.log(`  ${doc.id.padEnd(14)} ${doc.file}  ${texts.has(doc.id) ? `${report.observationsByDocument.get(doc.id) ?? 0} observations` : "MISSING"}`);
  console.log(`\nNumber tokens in the texts: ${report.tokens}`);
  console.log(`Observations: ${dataset.observations.length}; omitted tokens: ${dataset.omissions.length}`);
  for (const [reason, count] of [...report.omissionsByReason].sort((a, b) => b[1] - a[1])) console.log(`  omitted as ${reason}: ${count}`);

  for (const t of report.unaccounted) console.log(`UNACCOUNTED ${t.document}:${t.line} "${t.token}" — add it to observations.csv or omitted.csv`);
  for (const t of report.unmatched) console.log(`NOT IN SOURCE ${t.from} ${t.document}:${t.line} "${t.token}" — the cited line does not print this number (or it is claimed twice)`);
  for (const id of report.missingDocuments) console.log(`MISSING ${id}: its file is not in ${folder}`);
  for (const w of report.wrongLineCounts) console.log(`LINES ${w.document}: the text has ${w.actual} lines, documents.yaml records ${w.recorded} — correct lines, or check that this is the text cited`);

  const problems = report.unaccounted.length + report.unmatched.length + report.missingDocuments.length + report.wrongLineCounts.length;
  console.log(`\nUnaccounted numbers: ${report.unaccounted.length}; citations not found: ${report.unmatched.length}; missing documents: ${report.missingDocuments.length}; line counts wrong: ${report.wrongLineCounts.length}`);
  process.exit(problems === 0 ? 0 : 1);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

import { csvParseRows } from "d3-dsv";
import { DatasetError, type DatasetIssue } from "./DatasetError.ts";

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/**
 * Reads a CSV file with exactly the given header. One record per line, so that every
 * error can name its line: a quoted field may hold commas but not line breaks. A malformed
 * row is reported in `issues` and skipped, so that one bad row does not hide the others.
 */
export function readCsv(text: string, file: string, columns: readonly string[]): { records: CsvRecord[]; issues: DatasetIssue[] } {
  const lines = text.split(/\r?\n/);
  const header = csvParseRows(lines[0] ?? "")[0] ?? [];
  if (header.join(",") !== columns.join(",")) {
    throw new DatasetError([
      {
        file,
        line: 1,
        message: `the header is "${header.join(",")}"`,
        fix: `make the first line exactly "${columns.join(",")}"`,
      },
    ]);
  }
  const issues: DatasetIssue[] = [];
  const records: CsvRecord[] = [];
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === "") return;
    const rows = csvParseRows(text);
    const cells = rows[0] ?? [];
    if (rows.length !== 1 || cells.length !== columns.length) {
      issues.push({
        file,
        line,
        message: `expected ${columns.length} fields (${columns.join(", ")}) but found ${cells.length}`,
        fix: 'wrap any text that contains a comma in double quotes, and leave empty fields empty (",,")',
      });
      return;
    }
    records.push({ line, fields: Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? "").trim()])) });
  });
  return { records, issues };
}

import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../src/lib/dataset/DatasetError.ts";
import { readCsv } from "../../../src/lib/dataset/readCsv.ts";

const COLUMNS = ["period", "metric", "raw"] as const;

describe("readCsv", () => {
  it("reads one record per line, numbered as in the file (the header is line 1)", () => {
    const { records, issues } = readCsv('period,metric,raw\n2024-01,calls,100\n2024-02,calls,"1,826"\n', "obs.csv", COLUMNS);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { line: 2, fields: { period: "2024-01", metric: "calls", raw: "100" } },
      { line: 3, fields: { period: "2024-02", metric: "calls", raw: "1,826" } },
    ]);
  });

  it("reads Windows line endings, skips blank lines and keeps counting them, and trims each field", () => {
    const { records } = readCsv("period,metric,raw\r\n\r\n 2024-01 , calls ,100\r\n", "obs.csv", COLUMNS);
    // Line 2 is blank; the record is on line 3.
    expect(records).toEqual([{ line: 3, fields: { period: "2024-01", metric: "calls", raw: "100" } }]);
  });

  it("keeps empty fields empty", () => {
    expect(readCsv("period,metric,raw\n2024-01,,\n", "obs.csv", COLUMNS).records[0]!.fields).toEqual({ period: "2024-01", metric: "", raw: "" });
  });

  it("reports a row with too few or too many fields at its line and keeps reading the others", () => {
    const { records, issues } = readCsv("period,metric,raw\n2024-01,calls\n2024-02,calls,5\n2024-03,calls,1,826\n", "obs.csv", COLUMNS);
    expect(records.map((r) => r.line)).toEqual([3]);
    expect(issues.map((i) => [i.file, i.line, i.message])).toEqual([
      ["obs.csv", 2, "expected 3 fields (period, metric, raw) but found 2"],
      ["obs.csv", 4, "expected 3 fields (period, metric, raw) but found 4"],
    ]);
    expect(issues[0]!.fix).toMatch(/double quotes/);
  });

  it("refuses a quoted field that runs over a line break, line by line", () => {
    // The quote opened on line 2 is not closed there, so line 2 has only 2 fields; line 3 stands on its own.
    const { records, issues } = readCsv('period,metric,raw\n2024-01,"calls\n2024-02,calls,5\n', "obs.csv", COLUMNS);
    expect(issues.map((i) => i.line)).toEqual([2]);
    expect(records.map((r) => r.line)).toEqual([3]);
  });

  it("throws a DatasetError at line 1 for a header that is not exactly the columns", () => {
    let caught: unknown;
    try {
      readCsv("period,raw,metric\n2024-01,100,calls\n", "obs.csv", COLUMNS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatasetError);
    expect((caught as DatasetError).issues).toEqual([
      { file: "obs.csv", line: 1, message: 'the header is "period,raw,metric"', fix: 'make the first line exactly "period,metric,raw"' },
    ]);
  });

  it("throws for an empty text, whose header is empty", () => {
    expect(() => readCsv("", "obs.csv", COLUMNS)).toThrow(DatasetError);
  });
});

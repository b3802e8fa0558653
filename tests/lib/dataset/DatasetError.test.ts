import { describe, expect, it } from "vitest";
import { DatasetError, formatIssue, type DatasetIssue } from "../../../src/lib/dataset/DatasetError.ts";

const onLine: DatasetIssue = { file: "content/data/periods.yaml", line: 12, message: 'period "2024-13" has no figures', fix: "add its observations" };
const wholeFile: DatasetIssue = { file: "content/data/omitted.csv", line: 0, message: "the file is empty", fix: "restore it" };

describe("formatIssue", () => {
  it("puts file:line first, then the message, and the fix indented on its own line", () => {
    expect(formatIssue(onLine)).toBe('content/data/periods.yaml:12: period "2024-13" has no figures\n  fix: add its observations');
  });

  it("names only the file when the problem concerns the file as a whole (line 0)", () => {
    expect(formatIssue(wholeFile)).toBe("content/data/omitted.csv: the file is empty\n  fix: restore it");
  });
});

describe("DatasetError", () => {
  it("carries every issue and lists them all in its message, separated by a blank line", () => {
    const error = new DatasetError([onLine, wholeFile]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DatasetError");
    expect(error.issues).toEqual([onLine, wholeFile]);
    expect(error.message).toBe(`The dataset has 2 problems:\n\n${formatIssue(onLine)}\n\n${formatIssue(wholeFile)}`);
  });

  it("counts a single issue in the singular", () => {
    expect(new DatasetError([wholeFile]).message).toBe(`The dataset has 1 problem:\n\n${formatIssue(wholeFile)}`);
  });
});

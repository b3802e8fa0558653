/** One problem in the dataset, located precisely enough for a maintainer to fix it. */
export interface DatasetIssue {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line in that file (0 when the problem concerns the file as a whole). */
  line: number;
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.message}\n  fix: ${issue.fix}`;
}

/** Thrown when the dataset cannot be trusted; carries every issue found, not just the first. */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`The dataset has ${count}:\n\n${issues.map(formatIssue).join("\n\n")}`);
    this.name = "DatasetError";
    this.issues = issues;
  }
}

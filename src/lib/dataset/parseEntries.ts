import type { z } from "zod";
import type { DatasetIssue } from "./DatasetError.ts";

/** A parsed entry and a way to point at one of its fields in the file it came from. */
export interface Parsed<T> {
  value: T;
  file: string;
  line: number;
  lineOf(field: string): number;
}

export interface RawEntry {
  value: unknown;
  line: number;
  lineOf(field: string): number;
}

function describe(entry: unknown): string {
  if (!entry || typeof entry !== "object") return "this entry";
  const record = entry as Record<string, unknown>;
  if (record.id !== undefined) return `entry "${String(record.id)}"`;
  if (record.period && record.metric) return `the figure for ${String(record.metric)} in ${String(record.period)}`;
  return "this row";
}

/**
 * Validates each entry against `schema`. Entries that fail add one issue per problem
 * (located at the offending field) and are dropped, so later checks only see sound data.
 */
export function parseEntries<S extends z.ZodType>(
  entries: readonly RawEntry[],
  schema: S,
  file: string,
  issues: DatasetIssue[],
): Parsed<z.output<S>>[] {
  const parsed: Parsed<z.output<S>>[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.value);
    if (result.success) {
      parsed.push({ value: result.data, file, line: entry.line, lineOf: entry.lineOf });
      continue;
    }
    for (const problem of result.error.issues) {
      const field = String(problem.path[0] ?? "");
      const fieldValue = field && entry.value && typeof entry.value === "object" ? (entry.value as Record<string, unknown>)[field] : undefined;
      if (problem.code === "unrecognized_keys") {
        issues.push({
          file,
          line: entry.lineOf(problem.keys[0] ?? "") || entry.line,
          message: `${describe(entry.value)} has an unknown field: ${problem.keys.join(", ")}`,
          fix: "remove the field or correct its spelling (the comment at the top of the file lists the fields)",
        });
      } else if (fieldValue === undefined || fieldValue === "") {
        issues.push({
          file,
          line: entry.line,
          message: `${describe(entry.value)} has no "${field}"`,
          fix: `add "${field}": ${problem.message}`,
        });
      } else {
        issues.push({
          file,
          line: entry.lineOf(field),
          message: `${describe(entry.value)}: "${field}" cannot be ${JSON.stringify(fieldValue)}`,
          fix: problem.message,
        });
      }
    }
  }
  return parsed;
}

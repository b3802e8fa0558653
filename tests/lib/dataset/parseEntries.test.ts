import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatasetIssue } from "../../../src/lib/dataset/DatasetError.ts";
import { parseEntries, type RawEntry } from "../../../src/lib/dataset/parseEntries.ts";

const schema = z.strictObject({
  id: z.string(),
  count: z.number({ error: "give a count" }),
});

/** An entry that starts on `line`, with each field on the line after the previous one (id, count, then the rest). */
function entry(value: unknown, line: number): RawEntry {
  const fields = ["id", "count", "colour", "period", "metric"];
  return { value, line, lineOf: (field) => line + Math.max(fields.indexOf(field), 0) };
}

function parse(...entries: RawEntry[]) {
  const issues: DatasetIssue[] = [];
  const parsed = parseEntries(entries, schema, "things.yaml", issues);
  return { parsed, issues };
}

describe("parseEntries", () => {
  it("keeps the entries that pass, with their file, line and a way to find a field's line", () => {
    const { parsed, issues } = parse(entry({ id: "a", count: 1 }, 1), entry({ id: "b", count: 2 }, 4));
    expect(issues).toEqual([]);
    expect(parsed.map((p) => [p.value, p.file, p.line])).toEqual([
      [{ id: "a", count: 1 }, "things.yaml", 1],
      [{ id: "b", count: 2 }, "things.yaml", 4],
    ]);
    // Entry b starts on line 4; count is its second field, on line 5.
    expect(parsed[1]!.lineOf("count")).toBe(5);
  });

  it("drops an entry with a missing field and asks for the field at the entry's line", () => {
    const { parsed, issues } = parse(entry({ id: "a" }, 7), entry({ id: "b", count: 2 }, 10));
    expect(parsed.map((p) => p.value.id)).toEqual(["b"]);
    expect(issues).toEqual([{ file: "things.yaml", line: 7, message: 'entry "a" has no "count"', fix: 'add "count": give a count' }]);
  });

  it("treats an empty text like a missing field", () => {
    const { issues } = parse(entry({ id: "a", count: "" }, 3));
    expect(issues.map((i) => [i.line, i.message])).toEqual([[3, 'entry "a" has no "count"']]);
  });

  it("quotes a wrong value and points at the line of its field", () => {
    const { parsed, issues } = parse(entry({ id: "a", count: "many" }, 20));
    expect(parsed).toEqual([]);
    // count is the entry's second field: line 20 + 1.
    expect(issues).toEqual([{ file: "things.yaml", line: 21, message: 'entry "a": "count" cannot be "many"', fix: "give a count" }]);
  });

  it("names an unknown field at its own line and says to correct its spelling", () => {
    const { parsed, issues } = parse(entry({ id: "a", count: 1, colour: "red" }, 30));
    expect(parsed).toEqual([]);
    // colour is the third field: line 30 + 2.
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 32, message: 'entry "a" has an unknown field: colour' });
    expect(issues[0]!.fix).toMatch(/correct its spelling/);
  });

  it("describes a row without an id by its period and metric, and other rows as a row", () => {
    const rowSchema = z.strictObject({ period: z.string(), metric: z.string(), value: z.number() });
    const issues: DatasetIssue[] = [];
    parseEntries([entry({ period: "2024-01", metric: "calls.received" }, 2), entry({ value: 1 }, 3)], rowSchema, "observations.csv", issues);
    expect(issues.map((i) => i.message)).toEqual([
      'the figure for calls.received in 2024-01 has no "value"',
      'this row has no "period"',
      'this row has no "metric"',
    ]);
  });

  it("reports one issue per problem of an entry", () => {
    const { issues } = parse(entry({ count: "x" }, 5));
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [5, 'this row has no "id"'],
      [6, 'this row: "count" cannot be "x"'],
    ]);
  });

  it("drops an entry that is not an object at all, reporting it at its line", () => {
    const { parsed, issues } = parse(entry("just text", 9));
    expect(parsed).toEqual([]);
    expect(issues.map((i) => i.line)).toEqual([9]);
  });
});

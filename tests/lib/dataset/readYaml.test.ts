import { describe, expect, it } from "vitest";
import { DatasetError, type DatasetIssue } from "../../../src/lib/dataset/DatasetError.ts";
import { parseYamlDocument, readYamlList } from "../../../src/lib/dataset/readYaml.ts";

/** The issues of the DatasetError `run` throws; fails when it throws nothing or something else. */
function thrownIssues(run: () => unknown): readonly DatasetIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
  expect.fail("nothing was thrown");
}

const LIST = ["- id: a", "  label: A", "", "- id: b", "  note: B", "  label: Bee", "- plain text", "- { id: c, label: C }", ""].join("\n");

describe("readYamlList", () => {
  const entries = readYamlList(LIST, "list.yaml");

  it("returns each entry of a top-level list with the line it starts on", () => {
    expect(entries.map((e) => [e.value, e.line])).toEqual([
      [{ id: "a", label: "A" }, 1],
      [{ id: "b", note: "B", label: "Bee" }, 4],
      ["plain text", 7],
      [{ id: "c", label: "C" }, 8],
    ]);
  });

  it("finds the line of a field, or falls back to the entry's line", () => {
    expect(entries[0]!.lineOf("label")).toBe(2);
    expect(entries[1]!.lineOf("label")).toBe(6);
    expect(entries[1]!.lineOf("missing")).toBe(4);
    // An entry that is not a map has no fields: every field is on its own line.
    expect(entries[2]!.lineOf("label")).toBe(7);
    expect(entries[3]!.lineOf("label")).toBe(8);
  });

  it("reads the list under a key, with lines counted in the whole file", () => {
    const text = "groups:\n  - id: legal\n    label: Legal\nunits:\n  - { id: persons, one: person, other: persons }\n";
    expect(readYamlList(text, "metrics.yaml", "units").map((e) => [e.value, e.line])).toEqual([[{ id: "persons", one: "person", other: "persons" }, 5]]);
    expect(readYamlList(text, "metrics.yaml", "groups")[0]!.lineOf("label")).toBe(3);
  });

  it("reads an empty list as no entries", () => {
    expect(readYamlList("[]\n", "list.yaml")).toEqual([]);
    expect(readYamlList("units: []\n", "metrics.yaml", "units")).toEqual([]);
  });

  it("refuses a file or a key that is not a list, for the file as a whole (line 0)", () => {
    expect(thrownIssues(() => readYamlList("id: a\n", "list.yaml"))).toEqual([
      { file: "list.yaml", line: 0, message: "the file should be a list of entries", fix: 'write the file as a YAML list ("- id: ...")' },
    ]);
    expect(thrownIssues(() => readYamlList("groups: []\n", "metrics.yaml", "units"))).toEqual([
      { file: "metrics.yaml", line: 0, message: '"units" should be a list of entries', fix: 'write "units" as a YAML list ("- id: ...")' },
    ]);
  });
});

describe("parseYamlDocument", () => {
  it("returns the document and a line counter for valid YAML", () => {
    const { doc, counter } = parseYamlDocument("founded:\n  date: 2007-03-19\n", "institution.yaml");
    expect(doc.toJSON()).toEqual({ founded: { date: "2007-03-19" } });
    expect(counter.linePos(10).line).toBe(2);
  });

  it("throws a DatasetError at the line where YAML finds the first error, with a fix", () => {
    // The flow list opened on line 3 is still open when line 4 starts a new entry: YAML stops at line 4.
    const issues = thrownIssues(() => parseYamlDocument("- id: a\n  label: A\n  kind: [month\n- id: b\n", "periods.yaml"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "periods.yaml", line: 4 });
    expect(issues[0]!.message).toMatch(/^this is not valid YAML \(Flow sequence in block collection/);
    expect(issues[0]!.message).not.toContain("\n");
    expect(issues[0]!.fix).toMatch(/indentation, the colon after each key, and quotes/);
  });

  it("locates a colon inside a plain value on its own line", () => {
    const issues = thrownIssues(() => parseYamlDocument("title: x\nlabel: Migration: a year\n", "x.yaml"));
    expect(issues.map((i) => [i.line, i.message])).toEqual([[2, expect.stringMatching(/Nested mappings are not allowed/)]]);
  });
});

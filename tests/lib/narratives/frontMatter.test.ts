import { describe, expect, it } from "vitest";
import { FrontMatterError, narrativeFrontMatter, splitNarrative } from "../../../src/lib/narratives/frontMatter.ts";

const NARRATIVE = "---\ntitle: Registrations rose\nsummary: Registrations rose in May.\n---\n\nBody text.\n";

/** The FrontMatterError that splitting `text` throws; fails the test when it throws none. */
function frontMatterError(text: string): FrontMatterError {
  try {
    splitNarrative(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FrontMatterError);
    return error as FrontMatterError;
  }
  expect.fail("no FrontMatterError was thrown");
}

describe("splitNarrative", () => {
  it("separates the front matter from the body, keeping the body's lines where they are in the file", () => {
    const split = splitNarrative(NARRATIVE)!;
    expect(split.data).toEqual({ title: "Registrations rose", summary: "Registrations rose in May." });
    expect(split.yaml).toBe("title: Registrations rose\nsummary: Registrations rose in May.");
    // Four front-matter lines become four blank lines: "Body text." stays on line 6.
    expect(split.body).toBe("\n\n\n\n\nBody text.\n");
    expect(split.body.split("\n").indexOf("Body text.") + 1).toBe(6);
  });

  it("ignores a byte-order mark", () => {
    expect(splitNarrative(`\uFEFF${NARRATIVE}`)).toEqual(splitNarrative(NARRATIVE));
  });

  it("reads Windows line endings, with the body's lines still in place", () => {
    const split = splitNarrative(NARRATIVE.replaceAll("\n", "\r\n"))!;
    expect(split.data).toEqual({ title: "Registrations rose", summary: "Registrations rose in May." });
    expect(split.body.split(/\r?\n/).indexOf("Body text.") + 1).toBe(6);
  });

  it("accepts a file that ends right after the front matter", () => {
    expect(splitNarrative("---\ntitle: T\n---")).toEqual({ data: { title: "T" }, yaml: "title: T", body: "\n\n" });
  });

  it("gives empty data for a front matter with nothing in it", () => {
    expect(splitNarrative("---\n\n---\nBody")).toEqual({ data: {}, yaml: "", body: "\n\n\nBody" });
  });

  it.each([
    ["a file without front matter", "# Registrations\n\nBody text.\n"],
    ["front matter that is not at the start", "\n---\ntitle: T\n---\nBody"],
    ["front matter that is never closed", "---\ntitle: T\nBody text.\n"],
    ["an opening line with more than three dashes", "----\ntitle: T\n----\nBody"],
  ])("finds none in %s", (_, text) => {
    expect(splitNarrative(text)).toBeUndefined();
  });

  it("locates a YAML error at the file's line and column, and says to quote a value that holds a colon", () => {
    const error = frontMatterError("---\ntitle: Migration: a year in figures\nsummary: S.\n---\nBody");
    expect(error.name).toBe("FrontMatterError");
    // Line 2 of the file (the front matter's first), column 8 where the value starts.
    expect([error.line, error.column]).toEqual([2, 8]);
    expect(error.message).toBe('the front matter is not valid YAML (Nested mappings are not allowed in compact mappings): a title that holds a colon must be in double quotes: title: "…"');
  });

  it("locates the error in the same place with Windows line endings and a byte-order mark", () => {
    const error = frontMatterError("\uFEFF---\r\ntitle: T\r\nsummary: Migration: a year\r\n---\r\nBody");
    expect([error.line, error.column]).toEqual([3, 10]);
    expect(error.message).toMatch(/a summary that holds a colon must be in double quotes: summary: "…"$/);
  });

  it("gives the general fix for other YAML errors, without YAML's own position in the message", () => {
    const error = frontMatterError('---\ntitle: T\nsummary: "not closed\n---\nBody');
    expect(error.line).toBe(3);
    expect(error.message).toBe('the front matter is not valid YAML (Missing closing "quote): write one "key: text" per line, and put text that holds a colon, a "#" or starts with a quote in double quotes');
    expect(error.message).not.toMatch(/at line \d+/);
  });
});

describe("narrativeFrontMatter", () => {
  const issues = (data: unknown) => narrativeFrontMatter.safeParse(data).error?.issues.map((i) => [i.path.join("."), i.message]);

  it("accepts a title and a one-sentence summary, trimmed", () => {
    expect(narrativeFrontMatter.parse({ title: "  Registrations rose ", summary: " Registrations rose in May. " })).toEqual({ title: "Registrations rose", summary: "Registrations rose in May." });
  });

  it("refuses a summary of more than one sentence", () => {
    expect(issues({ title: "T", summary: "Registrations rose. Decisions fell." })).toEqual([["summary", "the summary must be one sentence"]]);
    expect(issues({ title: "T", summary: "Did registrations rise? They did." })).toEqual([["summary", "the summary must be one sentence"]]);
    expect(issues({ title: "T", summary: "They rose! Then fell." })).toEqual([["summary", "the summary must be one sentence"]]);
  });

  it("counts neither the dots in figure references nor a decimal point as the end of a sentence", () => {
    expect(issues({ title: "T", summary: "Calls reached :fig[calls.received] in May, :change[calls.received]{vs=2024-04} on April." })).toBeUndefined();
    expect(issues({ title: "T", summary: "Registrations rose by 10.5% in May." })).toBeUndefined();
    // A sentence may end with "?" or "!" as long as nothing follows.
    expect(issues({ title: "T", summary: "Did registrations rise?" })).toBeUndefined();
  });

  it("still counts a sentence that follows a figure reference", () => {
    expect(issues({ title: "T", summary: "Calls reached :fig[calls.received]. They fell in June." })).toEqual([["summary", "the summary must be one sentence"]]);
  });

  it("asks for a title and a summary that are missing or blank", () => {
    expect(issues({ summary: "S." })).toEqual([["title", "give the narrative a title (a headline)"]]);
    expect(issues({ title: "   ", summary: "S." })).toEqual([["title", "give the narrative a title (a headline)"]]);
    expect(issues({ title: "T" })).toEqual([["summary", "give a one-sentence summary; it becomes the page description"]]);
  });

  it("refuses control characters and fields other than title and summary", () => {
    expect(issues({ title: "T\u001b[31m", summary: "S." })).toEqual([["title", "remove the control characters (invisible characters copied with the text)"]]);
    expect(narrativeFrontMatter.safeParse({ title: "T", summary: "S.", date: "2024-05-01" }).error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["date"] });
  });
});

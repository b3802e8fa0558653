import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../src/lib/dataset/types.ts";
import { documentForText } from "../../../src/lib/ingest/documentForText.ts";

const documents: SourceDocument[] = [
  { id: "bulletins", file: "004_bulletins.txt", short: "Bulletins", title: "Bulletins", kind: "bulletins", numberFormat: "comma-grouped", lines: 210 },
  { id: "release", file: "000_release.txt", short: "Release", title: "Release", kind: "press release", numberFormat: "grouped-any", lines: 55 },
];

describe("documentForText", () => {
  it("knows a text by its file name and number of lines", () => {
    expect(documentForText(documents, { fileName: "004_bulletins.txt", lines: 210 }, undefined, "documents.yaml")).toBe(documents[0]);
    expect(documentForText(documents, { fileName: "004_bulletins.txt", lines: 210 }, "bulletins", "documents.yaml")).toBe(documents[0]);
  });

  it("refuses a text that is no document, a document that is another text, and a text of another length", () => {
    expect(documentForText(documents, { fileName: "new.txt", lines: 12 }, undefined, "documents.yaml")).toMatch(/^new\.txt is not a document of documents\.yaml: .*lines: 12/);
    expect(documentForText(documents, { fileName: "new.txt", lines: 12 }, "bulletins", "documents.yaml")).toMatch(/^document "bulletins" is the text 004_bulletins\.txt in documents\.yaml, not new\.txt/);
    expect(documentForText(documents, { fileName: "004_bulletins.txt", lines: 210 }, "release", "documents.yaml")).toMatch(/^document "release" is the text 000_release\.txt/);
    expect(documentForText(documents, { fileName: "004_bulletins.txt", lines: 211 }, undefined, "documents.yaml")).toMatch(/has 211 lines, but documents\.yaml records 210 for bulletins/);
  });
});

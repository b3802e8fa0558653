import { describe, expect, it } from "vitest";
import { auditSources, numberTokens } from "../../../src/lib/audit/auditSources.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

// Small texts in the layout of the fixture dataset's citations (not copies of any SMS text).
const bulletin = [
  "Registrations – 27328",
  "Decisions - 1,826",
  "- Expulsions - 844",
  "- Fines - 837",
  "Registrations – 164503",
  "Decisions - 9415",
  "",
  "During 6 months of 2024, many calls.",
  "Registrations – 19155",
  "",
  "",
  "",
  "Registrations in an unnamed period – 21,102",
  "End of the test bulletin.",
].join("\n");
const release = ["Test release", "Registered: 827,352 persons (747.107 in 2017).", "That is 10% more than in 2017."].join("\n");

describe("numberTokens", () => {
  it("keeps separators inside a token and splits at anything else", () => {
    expect(numberTokens("In 2020-2021, 1,324,075 cases; Article 16.1.8; 14mobile; 92.78%").map((t) => t.token)).toEqual([
      "2020",
      "2021",
      "1,324,075",
      "16.1.8",
      "14",
      "92.78",
    ]);
  });
});

describe("auditSources", () => {
  const dataset = loadDataset(FIXTURE_DATASET);

  it("lists each number that is neither an observation nor omitted", () => {
    const report = auditSources(dataset, new Map([["bulletin", bulletin], ["release", release]]));
    // "6" in "6 months" (line 8) and the second "2017" (line 3) are not accounted for.
    expect(report.unaccounted).toEqual([
      { document: "bulletin", line: 8, token: "6" },
      { document: "release", line: 2, token: "2017" },
    ]);
    expect(report.unmatched).toEqual([]);
    expect(report.tokens).toBe(15);
    expect(report.observationsByDocument.get("bulletin")).toBe(8);
    expect(report.omissionsByReason.get("period-label")).toBe(2);
  });

  it("flags a citation whose number is not on the cited line", () => {
    const shifted = bulletin.replace("Decisions - 1,826", "Decisions - 1,862");
    const report = auditSources(dataset, new Map([["bulletin", shifted], ["release", release]]));
    expect(report.unmatched).toContainEqual({ document: "bulletin", line: 2, token: "1,826", from: "observation" });
    expect(report.unaccounted).toContainEqual({ document: "bulletin", line: 2, token: "1,862" });
  });

  it("checks each text's number of lines against the count documents.yaml records", () => {
    expect(auditSources(dataset, new Map([["bulletin", bulletin], ["release", release]])).wrongLineCounts).toEqual([]);
    const longer = `${release}\nA fourth line.`;
    expect(auditSources(dataset, new Map([["bulletin", bulletin], ["release", longer]])).wrongLineCounts).toEqual([{ document: "release", recorded: 3, actual: 4 }]);
  });

  it("names the documents whose text is missing", () => {
    const report = auditSources(dataset, new Map([["bulletin", bulletin]]));
    expect(report.missingDocuments).toEqual(["release"]);
  });
});

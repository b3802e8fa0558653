import { describe, expect, it } from "vitest";
import { documentSummaries } from "../../../src/lib/audit/documentSummary.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Omission } from "../../../src/lib/dataset/types.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

describe("documentSummaries", () => {
  const summaries = documentSummaries(fixture);

  it("gives one summary per document, in the order of documents.yaml", () => {
    expect(summaries.map((s) => s.document)).toEqual(fixture.documents);
  });

  it("counts the figures, the numbers left out and the periods each document gives", () => {
    // The bulletin: 4 figures for January, 2 for the half-year, 1 for February, 1 undated = 8;
    // the release: 2018-h1 twice (count and stated change), 2017-h1 once = 3.
    expect(summaries.map((s) => [s.document.id, s.observations, s.omissions, s.periods.map((p) => p.id)])).toEqual([
      ["bulletin", 8, 1, ["2024-01", "2024-h1", "2024-02", "undated"]],
      ["release", 3, 1, ["2018-h1", "2017-h1"]],
    ]);
    expect(summaries.map((s) => s.omissionsByReason)).toEqual([[{ reason: "period-label", count: 1 }], [{ reason: "period-label", count: 1 }]]);
  });

  it("counts the numbers left out by reason, in the order each reason first appears", () => {
    const omit = (line: number, token: string, reason: Omission["reason"]): Omission => ({ document: "bulletin", line, token, reason, note: "n" });
    const omissions = [...fixture.omissions, omit(9, "16.1.8", "legal-reference"), omit(10, "2024", "period-label"), omit(11, "012", "phone-number"), omit(12, "16.2", "legal-reference")];
    const [bulletin, release] = documentSummaries({ ...fixture, omissions });
    // period-label: lines 8 and 10; legal-reference: lines 9 and 12; phone-number: line 11.
    expect(bulletin!.omissions).toBe(5);
    expect(bulletin!.omissionsByReason).toEqual([
      { reason: "period-label", count: 2 },
      { reason: "legal-reference", count: 2 },
      { reason: "phone-number", count: 1 },
    ]);
    expect(release!.omissions).toBe(1);
  });

  it("summarises a document the dataset takes nothing from as empty", () => {
    const unused = { ...fixture.documents[0]!, id: "unused", file: "unused.txt" };
    const [, , summary] = documentSummaries({ ...fixture, documents: [...fixture.documents, unused] });
    expect(summary).toEqual({ document: unused, observations: 0, omissions: 0, omissionsByReason: [], periods: [] });
  });
});

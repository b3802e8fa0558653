import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { describeNote } from "../../../src/lib/quality/describeNote.ts";
import { qualityNotes } from "../../../src/lib/quality/qualityNotes.ts";

const dataset = loadDataset(resolve("content/data"));
const notes = qualityNotes(dataset);

describe("qualityNotes", () => {
  it("lists every note the figures call for", () => {
    const kinds = notes.map((n) => `${n.period} ${n.kind}`);
    expect(kinds).toEqual([
      "unlabeled unknown-period",
      "2024-11 breakdown-gap",
      "2024-9m breakdown-gap",
      "2024-9m cumulative-excess",
      "2024-08 breakdown-gap",
      "2024-07 breakdown-gap",
      "2024-h1 breakdown-gap",
      "2024-h1 cumulative-excess",
      "2024-04 breakdown-gap",
      "2024-02 breakdown-gap",
      "2023 breakdown-gap",
      "2023-08-a duplicate-label",
      "2023-08-a breakdown-gap",
      "2023-08-b duplicate-label",
      "2018-h1 claim-mismatch",
      "2018-h1 claim-mismatch",
    ]);
  });

  it("compares the two August 2023 bulletins figure by figure", () => {
    const twin = notes.find((n) => n.period === "2023-08-a" && n.kind === "duplicate-label");
    if (twin?.kind !== "duplicate-label") expect.fail("no duplicate-label note");
    expect(twin.twin).toBe("2023-08-b");
    expect(twin.compared).toBe(17);
    // Equal in both: employment decisions (41 and 41) and bans under other articles (13 and 13).
    expect(twin.differences).toHaveLength(15);
    expect(twin.differences.find((d) => d.metric === "stay.registration-applications")).toEqual({ metric: "stay.registration-applications", value: 23224, twinValue: 27985 });
  });

  it("finds running totals smaller than the months inside them", () => {
    const excess = notes.find((n) => n.kind === "cumulative-excess" && n.period === "2024-h1");
    if (excess?.kind !== "cumulative-excess") expect.fail("no cumulative-excess note");
    // Officials of host organisations: May 18 + April 1 + February 1 = 20 against 8 for January–June.
    expect(excess.excess).toEqual({ period: "2024-h1", metric: "irregular.host-officials", total: 8, months: ["2024-05", "2024-04", "2024-02"], monthsSum: 18 + 1 + 1 });
    expect(describeNote(excess, dataset).body).toContain("already add up to 20");
  });

  it("describes each note in words with its figures", () => {
    const gap = notes.find((n) => n.period === "2024-11")!;
    expect(describeNote(gap, dataset)).toEqual({
      title: "Decisions on breaches of migration law: 4 not itemised in the source",
      body: "The source gives a total of 1,826, but the 5 parts it lists add up to 1,822. The difference is shown as not itemised; the source does not say what it covers.",
    });
    const calls = notes.find((n) => n.kind === "claim-mismatch" && n.check.metric === "calls.received")!;
    expect(describeNote(calls, dataset).title).toBe("Calls to the Call Center: the source states +10%, its own figures give up 9.4%");
    const twin = notes.find((n) => n.kind === "duplicate-label")!;
    // Largest difference: registration applications, 27,985 − 23,224 = 4,761.
    expect(describeNote(twin, dataset).body).toContain("Of the 17 figures they share, 15 differ, by up to 4,761.");
    expect(describeNote(notes[0]!, dataset).body).toContain("The 11 figures of this block come with no period.");
  });
});

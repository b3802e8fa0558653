import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { describeNote } from "../../../src/lib/quality/describeNote.ts";
import { noteViews } from "../../../src/lib/views/noteViews.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);

describe("noteViews", () => {
  it("keeps each note's kind, in order, with the words describeNote gives it", () => {
    const views = noteViews(model, model.notes);
    expect(views.map((v) => v.kind)).toEqual(["breakdown-gap", "unknown-period", "claim-mismatch"]);
    views.forEach((v, i) => expect({ title: v.title, body: v.body }).toEqual(describeNote(model.notes[i]!, fixture, model.m)));
  });

  it("carries the note's numbers into its words", () => {
    const [gap, undated, claim] = noteViews(model, model.notes);
    // 1,826 − (844 + 837) = 145 decisions not itemised.
    expect(gap!.title).toContain("145");
    expect(gap!.body).toContain("1,681");
    // The undated block has 1 figure.
    expect(undated!.body).toMatch(/\b1 figures?\b/);
    // Stated +10%; recomputed (827,352 − 747,107) ÷ 747,107 = 10.74%.
    expect(claim!.title).toContain("+10%");
    expect(claim!.title).toContain("10.7%");
  });

  it("shows only the notes it is given", () => {
    expect(noteViews(model, [])).toEqual([]);
    expect(noteViews(model, model.notesOf(model.shownOn("2018-h1"))).map((v) => v.kind)).toEqual(["claim-mismatch"]);
  });
});

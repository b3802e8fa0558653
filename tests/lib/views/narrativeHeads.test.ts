import { describe, expect, it } from "vitest";
import { narrativeHeads } from "../../../src/lib/views/narrativeHeads.ts";
import { FIXTURE_MODEL } from "../../helpers/narrative.ts";

describe("narrativeHeads", () => {
  it("gives the title and the resolved summary of each narrative found, and skips the periods without one", () => {
    const heads = narrativeHeads(FIXTURE_MODEL, "period", [["2024-01", { data: { title: "A title", summary: "Registrations reached :fig[stay.applications]." } }], ["2024-02", undefined]], "/");
    expect([...heads]).toEqual([["2024-01", { title: "A title", summary: "Registrations reached 27,328." }]]);
  });
});

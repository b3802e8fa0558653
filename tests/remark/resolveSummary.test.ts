import { describe, expect, it } from "vitest";
import { resolveSummary } from "../../src/remark/resolveSummary.ts";
import { FIXTURE_MODEL } from "../helpers/narrative.ts";

const context = { model: FIXTURE_MODEL, base: "/" };

describe("resolveSummary", () => {
  it("turns a summary with references into plain text", () => {
    expect(resolveSummary("Registrations reached :fig[stay.applications], :change[stay.applications]{vs=2024-02}.", "period", "2024-01", context)).toBe(
      "Registrations reached 27,328, up 42.7%.",
    );
  });
});



describe("resolveSummary on a bad reference", () => {
  it("fails with the problem, said to be in the summary", () => {
    expect(() => resolveSummary("Calls :fig[nope].", "period", "2024-01", context)).toThrow(/in the summary, :fig\[nope\]: "nope" is not a metric/);
  });
});

import { describe, expect, it } from "vitest";
import { resolvePlainText } from "../../src/remark/resolvePlainText.ts";
import { editionMessages } from "../../src/lib/i18n/editions.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { FIXTURE_MODEL } from "../helpers/narrative.ts";

const context = { model: FIXTURE_MODEL, base: "/" };

describe("resolvePlainText", () => {
  it("turns a summary with references into plain text", () => {
    expect(resolvePlainText("Registrations reached :fig[stay.applications], :change[stay.applications]{vs=2024-02}.", "summary", "period", "2024-01", context)).toBe(
      "Registrations reached 27,328, up 42.7%.",
    );
  });

  it("renders a headline's claim as its words while the data bear it out", () => {
    expect(resolvePlainText("Registrations :claim[rise]{is=up of=stay.applications vs=2024-02} in January", "title", "period", "2024-01", context)).toBe("Registrations rise in January");
  });

  it("fails with the problem, said to be in the field it is in", () => {
    expect(() => resolvePlainText("Calls :fig[nope].", "summary", "period", "2024-01", context)).toThrow(/in the summary, :fig\[nope\]: "nope" is not a metric/);
    expect(() => resolvePlainText("Registrations :claim[fall]{is=down of=stay.applications vs=2024-02}", "title", "period", "2024-01", context)).toThrow(/in the title, :claim\[fall\]: the claim "fall" \(is=down\) no longer holds/);
  });
});

describe("resolvePlainText in another edition", () => {
  it("keeps the no-break space that groups a number's thousands", () => {
    const model = buildSiteModel(FIXTURE_MODEL.dataset, editionMessages("ru"));
    expect(resolvePlainText("Заявлений —\n:fig[stay.applications].", "summary", "period", "2024-01", { model, base: "/ru/" })).toBe("Заявлений — 27\u00a0328.");
  });
});

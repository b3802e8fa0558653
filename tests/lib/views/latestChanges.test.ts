import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { latestChangesView } from "../../../src/lib/views/latestChanges.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const changes = (id: string, dataset: Dataset = fixture) => {
  const model = buildSiteModel(dataset);
  return latestChangesView(model, model.periods.get(id));
};

describe("latestChangesView", () => {
  it("counts the period's own figures and cites the lines that print them", () => {
    const view = changes("2024-01");
    expect(view.heading).toBe("What January 2024 added");
    expect(view.figures).toEqual(["4 figures for January 2024, from ", { text: "A made-up bulletin for tests", href: "/sources/#bulletin" }, ", lines 1–4."]);
    expect(view.companions).toBeUndefined();
  });

  it("counts the figures of the periods printed beside it", () => {
    expect(changes("2018-h1").companions).toBe("1 figure for First half of 2017, printed beside them.");
  });

  it("lists the indicators the previous period of its kind gave and it does not", () => {
    // January gives decisions and their parts; February only applications.
    const view = changes("2024-02");
    expect(view.leftOut?.intro).toBe("Indicators given for January 2024 but not for February 2024:");
    expect(view.leftOut?.indicators.map((i) => [i.label, i.href])).toEqual([
      ["Decisions on breaches", "/indicators/decisions.total/"],
      // With no page of their own, the parts link to their figures on January's page.
      ["Expulsions", "/periods/2024-01/#fig-decisions.expulsion"],
      ["Fines", "/periods/2024-01/#fig-decisions.fine"],
    ]);
    expect(changes("2024-01").leftOut).toBeUndefined();
  });

  it("lists the indicators the report gives for this period and no other", () => {
    const visas = { id: "visas.issued", label: "Visas issued", unit: "persons", group: "legal-migration", definition: "Visas." };
    const withVisas = { ...fixture, metrics: [...fixture.metrics, visas], observations: [...fixture.observations, { period: "2024-h1", metric: "visas.issued", value: 12, raw: "12", document: "bulletin", line: 7 }] };
    const view = changes("2024-h1", withVisas);
    expect(view.first?.intro).toBe("The indicator the report gives for First half of 2024 and for no other period:");
    expect(view.first?.indicators).toEqual([{ label: "Visas issued", href: "/periods/2024-h1/#fig-visas.issued" }]);
    expect(changes("2024-h1").first).toBeUndefined();
  });

  it("lists the quality notes on its figures, or says there are none", () => {
    const noted = changes("2024-01").notes;
    expect(noted.intro).toBe("1 quality note concerns these figures:");
    expect(noted.items.map((n) => n.kind)).toEqual(["breakdown-gap"]);
    expect(changes("2024-02").notes).toEqual({ intro: "No quality note concerns these figures.", items: [] });
  });
});

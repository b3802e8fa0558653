import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { notesView } from "../../../src/lib/views/notesPage.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);


describe("notesView", () => {
  const view = notesView(buildSiteModel(fixture));

  it("lists the notes by page, in page order, leaving out pages without notes", () => {
    expect(view.byPeriod.map((g) => [g.id, g.label, g.href, g.notes.map((n) => n.kind)])).toEqual([
      ["2024-01", "January 2024", "/periods/2024-01/", ["breakdown-gap"]],
      ["undated", "Undated block", "/periods/undated/", ["unknown-period"]],
      ["2018-h1", "First half of 2018", "/periods/2018-h1/", ["claim-mismatch"]],
    ]);
  });

  it("files a companion's note under the page that prints it", () => {
    const moved = {
      ...fixture,
      observations: fixture.observations.map((o) => (o.metric === "foreigners.registered.claimed-change" ? { ...o, period: "2017-h1", vs: "2018-h1" } : o)),
    };
    const groups = notesView(buildSiteModel(moved)).byPeriod;
    expect(groups.map((g) => g.id)).toEqual(["2024-01", "undated", "2018-h1"]);
    expect(groups.map((g) => g.id)).not.toContain("2017-h1");
  });

  it("says how each derived period is computed, and lists none where there are none", () => {
    expect(view.derived).toEqual([]);
    expect(notesView(buildSiteModel(withComputedMarch(fixture))).derived).toEqual([
      { label: "March 2024 (derived)", href: "/periods/2024-03/", total: "First half of 2024", minus: "January 2024, February 2024" },
    ]);
  });

  it("defines every metric under its topic, in file order", () => {
    expect(view.definitions.map((d) => [d.group.id, d.metrics.map((m) => m.id)])).toEqual([
      ["legal-migration", ["stay.applications", "foreigners.registered", "foreigners.registered.claimed-change"]],
      ["illegal-migration", ["decisions.total", "decisions.expulsion", "decisions.fine"]],
    ]);
  });
});

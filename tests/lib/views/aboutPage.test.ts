import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { aboutView } from "../../../src/lib/views/aboutPage.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

describe("aboutView", () => {
  it("gives the founding date and decree with the document and line that state them", () => {
    expect(aboutView(buildSiteModel(fixture)).founded).toEqual({
      date: "2007-03-19",
      instrument: "a test decree",
      source: { href: "/sources/#release", short: "Test release" },
      line: 1,
    });
  });

  it("has no profile where no period is the Service's own", () => {
    expect(aboutView(buildSiteModel(fixture)).profile).toEqual([]);
  });

  it("shows the figures of an institutional period as the Service's profile", () => {
    const institutional = { ...fixture, periods: fixture.periods.map((p) => (p.id === "undated" ? { ...p, institutional: true } : p)) };
    const { profile } = aboutView(buildSiteModel(institutional));
    expect(profile.map((p) => p.document)).toEqual(["bulletin"]);
    expect(profile[0]!.tables.map((t) => t.group.id)).toEqual(["legal-migration"]);
    expect(profile[0]!.tables[0]!.rows.map((r) => [r.metric.id, r.cells[0]?.value])).toEqual([["stay.applications", 21102]]);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { sourcesView } from "../../../src/lib/views/sourcesPage.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const [bulletin, release] = sourcesView(buildSiteModel(fixture));

describe("sourcesView", () => {
  it("lists each document in file order with the figures taken from it", () => {
    // bulletin: 4 (January) + 2 (half-year) + 1 (February) + 1 (undated) = 8; release: 3.
    expect([bulletin!.document.id, bulletin!.observations]).toEqual(["bulletin", "8"]);
    expect([release!.document.id, release!.observations]).toEqual(["release", "3"]);
  });

  it("counts the numbers left out of each document, by reason", () => {
    // One omitted year in each document, both part of a period's name.
    expect(bulletin!.omitted).toMatch(/^1 \(.*: 1\)$/);
    expect(release!.omitted).toBe(bulletin!.omitted);
    const none = sourcesView(buildSiteModel({ ...fixture, omissions: [] }));
    expect(none.map((d) => d.omitted)).toEqual(["0", "0"]);
  });

  it("says how each document writes its numbers", () => {
    expect(bulletin!.numbers).not.toBe(release!.numbers);
    expect(release!.numbers).toContain("747.107");
  });

  it("links each period to the page that shows it, a comparison period to its host's", () => {
    expect(bulletin!.periods).toEqual([
      { label: "January 2024", href: "/periods/2024-01/" },
      { label: "First half of 2024", href: "/periods/2024-h1/" },
      { label: "February 2024", href: "/periods/2024-02/" },
      { label: "Undated block", href: "/periods/undated/" },
    ]);
    expect(release!.periods).toEqual([
      { label: "First half of 2018", href: "/periods/2018-h1/" },
      { label: "First half of 2017", href: "/periods/2018-h1/" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { sitePages } from "../../../src/lib/share/siteMap.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

describe("sitePages", () => {
  it("lists every HTML page of the fixture site once, root-relative", () => {
    const pages = sitePages(buildSiteModel(fixture));
    expect(pages).toEqual([
      "/",
      "/periods/",
      "/periods/2024-01/",
      "/periods/2024-h1/",
      "/periods/2024-02/",
      "/periods/undated/",
      "/periods/2018-h1/",
      "/indicators/",
      "/indicators/stay.applications/",
      "/indicators/decisions.total/",
      "/indicators/foreigners.registered/",
      "/years/",
      "/years/2024/",
      "/years/2018/",
      "/data/",
      "/notes/",
      "/sources/",
      "/about/",
      "/search/",
    ]);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("has no page for a comparison period or an institutional one", () => {
    const institutional = { ...fixture, periods: fixture.periods.map((p) => (p.id === "undated" ? { ...p, institutional: true } : p)) };
    expect(sitePages(buildSiteModel(fixture))).not.toContain("/periods/2017-h1/");
    expect(sitePages(buildSiteModel(institutional))).not.toContain("/periods/undated/");
    expect(sitePages(buildSiteModel(institutional))).toHaveLength(18);
  });
});

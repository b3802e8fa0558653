import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { pageLastChange, sitemapEntry } from "../../../src/lib/share/siteMap.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
/** The fixture with 2018-h1 first published on 1 March and January's decisions revised on 1 April. */
const changed: Dataset = {
  ...fixture,
  periods: fixture.periods.map((p) => (p.id === "2018-h1" ? { ...p, published: "2026-03-01" } : p)),
  revisions: [{ period: "2024-01", metric: "decisions.total", oldValue: 1830, newValue: 1826, date: "2026-04-01", kind: "revision", reason: "The source revised it.", document: "bulletin", line: 2 }],
};
const model = buildSiteModel(changed);

describe("pageLastChange", () => {
  it("dates a period page by its own figures and those printed beside it", () => {
    expect(pageLastChange(model, "/periods/2024-01/")).toBe("2026-04-01");
    expect(pageLastChange(model, "/periods/2024-02/")).toBe("2026-01-10");
    // 2017-h1, shown on 2018-h1's page, was first published with the fixture (10 January); 2018-h1 on 1 March.
    expect(pageLastChange(model, "/periods/2018-h1/")).toBe("2026-03-01");
  });

  it("dates an indicator page by the periods of its figures, and a year page by the year's periods", () => {
    expect(pageLastChange(model, "/indicators/decisions.total/")).toBe("2026-04-01");
    expect(pageLastChange(model, "/indicators/stay.applications/")).toBe("2026-01-10");
    expect(pageLastChange(model, "/years/2018/")).toBe("2026-03-01");
    expect(pageLastChange(model, "/years/2024/")).toBe("2026-04-01");
  });

  it("dates every other page by the latest change anywhere", () => {
    expect(pageLastChange(model, "/")).toBe("2026-04-01");
    expect(pageLastChange(buildSiteModel(fixture), "/data/")).toBe("2026-01-10");
  });
});

describe("sitemapEntry", () => {
  const site = "https://example.org";
  const links = (path: string) => ["en", "az", "ru"].map((lang) => ({ url: `${site}/sms${lang === "en" ? "" : `/${lang}`}${path}`, lang }));

  it("adds the English page as x-default and the day the page's figures last changed, under a deploy base", () => {
    const entry = sitemapEntry(model, site, "/sms/", { url: `${site}/sms/az/periods/2024-01/`, links: links("/periods/2024-01/") });
    expect(entry.lastmod).toBe("2026-04-01T00:00:00.000Z");
    expect(entry.links?.at(-1)).toEqual({ url: `${site}/sms/periods/2024-01/`, lang: "x-default" });
    expect(entry.links).toHaveLength(4);
  });

  it("gives a page without alternates its lastmod only", () => {
    expect(sitemapEntry(model, site, "/", { url: `${site}/periods/2024-02/` })).toEqual({ url: `${site}/periods/2024-02/`, lastmod: "2026-01-10T00:00:00.000Z" });
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { datasetFiles } from "../../../src/lib/share/datasetFiles.ts";
import { toCsv, metricsTable } from "../../../src/lib/share/downloads.ts";
import { deployment } from "../../../src/lib/url.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const model = buildSiteModel(loadDataset(FIXTURE_DATASET));
const files = (edition: "en" | "az", base = "/") =>
  new Map([...datasetFiles(model, edition, "2026-01-15", { site: "https://example.org", base })].map((file) => [file.path, "body" in file ? file.body : `copy of ${file.copyOf}`]));

describe("datasetFiles", () => {
  it("writes the whole dataset as CSV and JSON, as SDMX-CSV, and the data package with every schema it names", () => {
    const written = files("en");
    for (const name of ["observations", "derived", "metrics", "periods"]) {
      expect(written.has(`/data/${name}.csv`), name).toBe(true);
      expect(() => JSON.parse(written.get(`/data/${name}.json`)!), name).not.toThrow();
    }
    expect(written.get("/data/metrics.csv")).toBe(toCsv(metricsTable(model.dataset)));
    expect(written.get("/data/sdmx.csv")).toMatch(/^STRUCTURE,/);
    const descriptor = JSON.parse(written.get("/datapackage.json")!) as { created: string; resources: { path: string; schema: string }[] };
    expect(descriptor.created).toBe("2026-01-15");
    const schemas = new Set(descriptor.resources.map((resource) => resource.schema));
    expect(schemas.size).toBeGreaterThan(1);
    for (const schema of schemas) expect(written.has(`/${schema}`), schema).toBe(true);
    for (const resource of descriptor.resources.filter((r) => /^data\/[^/]+\.csv$/.test(r.path))) expect(written.has(`/${resource.path}`), resource.path).toBe(true);
  });

  it("gives the data package the address of the edition's data page where the site is deployed", () => {
    const homepage = (written: Map<string, string>) => (JSON.parse(written.get("/datapackage.json")!) as { homepage: string }).homepage;
    expect(homepage(files("en"))).toBe("https://example.org/data/");
    expect(homepage(files("az", "/sms-report"))).toBe("https://example.org/sms-report/az/data/");
  });

  it("reads the deployment from SITE_URL and BASE_PATH, with the site's defaults", () => {
    expect(deployment({ SITE_URL: "https://stats.example", BASE_PATH: "/r/" })).toEqual({ site: "https://stats.example", base: "/r/" });
    expect(deployment({})).toEqual({ site: "https://sms-migration-report.example.org", base: "/" });
  });
});

import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { dataView } from "../../../src/lib/views/dataPage.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const view = dataView(buildSiteModel(fixture));


describe("dataView", () => {
  it("offers four files, each as CSV and JSON", () => {
    expect(view.files.map((f) => [f.name, f.csv, f.json])).toEqual([
      ["observations", "/data/observations.csv", "/data/observations.json"],
      ["derived", "/data/derived.csv", "/data/derived.json"],
      ["metrics", "/data/metrics.csv", "/data/metrics.json"],
      ["periods", "/data/periods.csv", "/data/periods.json"],
    ]);
  });

  it("describes each file with the number of its rows", () => {
    // 11 figures, no derived period, 6 metrics, 6 periods.
    const [observations, derived, metrics, periods] = view.files;
    expect(observations!.description).toMatch(/\b11\b/);
    expect(derived!.description).toMatch(/\b0\b/);
    expect(metrics!.description).toMatch(/\b6\b/);
    expect(periods!.description).toMatch(/\b6\b/);
    // March 2024 computed from the half-year adds one derived figure (applications).
    expect(dataView(buildSiteModel(withComputedMarch(fixture))).files[1]!.description).toMatch(/\b1\b/);
  });

  it("documents the columns of each file", () => {
    const columns = Object.fromEntries(view.files.map((f) => [f.name, f.columns.map((c) => c.name)]));
    expect(columns.observations).toEqual(["period", "period_label", "period_kind", "period_start", "period_end", "metric", "metric_label", "unit", "value", "raw", "document", "line", "vs", "note", "formula"]);
    expect(columns.derived).toEqual(columns.observations);
    expect(columns.metrics).toEqual(["id", "label", "unit", "group", "parent", "claim", "claim_of", "definition"]);
    expect(columns.periods).toEqual(["id", "label", "kind", "start", "end", "document", "lines", "source_label", "flags", "shown_on"]);
    for (const file of view.files) for (const column of file.columns) expect(column.meaning).not.toBe("");
  });

  it("describes the SDMX-CSV file column by column, with its dataflow, and links the data package", () => {
    expect(view.sdmx.href).toBe("/data/sdmx.csv");
    expect(view.sdmx.text).toContain("SMS_AZ_REPORT:MIGRATION_STATISTICS(1.0.0)");
    expect(view.sdmx.columns.map((c) => c.name)).toEqual(["STRUCTURE", "STRUCTURE_ID", "ACTION", "REPORTING_PERIOD", "INDICATOR", "UNIT_MEASURE", "OBS_VALUE", "OBS_STATUS", "COMPARED_WITH", "COMMENT_OBS"]);
    for (const column of view.sdmx.columns) expect(column.meaning).not.toBe("");
    expect(view.dataPackage.href).toBe("/datapackage.json");
  });

  it("links one file per period page, and none for the comparison period", () => {
    expect(view.periods).toEqual([
      { id: "2024-01", label: "January 2024", href: "/data/periods/2024-01.csv", sdmx: "/data/periods/2024-01.sdmx.csv" },
      { id: "2024-h1", label: "First half of 2024", href: "/data/periods/2024-h1.csv", sdmx: "/data/periods/2024-h1.sdmx.csv" },
      { id: "2024-02", label: "February 2024", href: "/data/periods/2024-02.csv", sdmx: "/data/periods/2024-02.sdmx.csv" },
      { id: "undated", label: "Undated block", href: "/data/periods/undated.csv", sdmx: "/data/periods/undated.sdmx.csv" },
      { id: "2018-h1", label: "First half of 2018", href: "/data/periods/2018-h1.csv", sdmx: "/data/periods/2018-h1.sdmx.csv" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../src/lib/charts/chartCsv.ts";
import { drawChart } from "../../../src/lib/charts/renderChart.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { downloadFiles } from "../../../src/lib/share/downloadFiles.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const model = buildSiteModel(loadDataset(FIXTURE_DATASET));
const files = new Map([...downloadFiles(model, "2026-01-15")].map((f) => [f.path, "body" in f ? f.body : { copyOf: f.copyOf }]));

describe("downloadFiles", () => {
  it("serves each chart as SVG at its stable name and at the name of the build's date, byte for byte, and as CSV", () => {
    expect(model.charts.all.length).toBeGreaterThan(3);
    for (const chart of model.charts.all) {
      const svg = files.get(`/charts/${chart.id}.svg`) as string;
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain(drawChart(chart).replace(/^<svg [^>]*>/, ""));
      expect(files.get(`/charts/${chart.id}.2026-01-15.svg`)).toEqual({ copyOf: `/charts/${chart.id}.svg` });
      expect(files.get(`/charts/${chart.id}.csv`)).toBe(chartCsv(chart));
    }
  });

  it("gives each period page its figures as CSV and as SDMX-CSV, and nothing else", () => {
    for (const period of model.pagePeriods) {
      expect(files.get(`/data/periods/${period.id}.csv`)).toMatch(/^period,/);
      expect(files.get(`/data/periods/${period.id}.sdmx.csv`)).toMatch(/^STRUCTURE,STRUCTURE_ID,ACTION,/);
    }
    expect(files.size).toBe(model.charts.all.length * 3 + model.pagePeriods.length * 2);
  });
});

import { describe, expect, it } from "vitest";
import { figureCsv, figureRow } from "../../../src/lib/charts/figureRows.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);

describe("figureRow", () => {
  it("gives a figure's row its label, its link, its value as printed and its status", () => {
    const figure = sources.figures.get("2024-01", "decisions.total")!;
    expect(figureRow(sources, figure, "Decisions")).toEqual({ label: "Decisions", href: "/periods/2024-01/#fig-decisions.total", value: 1826, display: "1,826", status: "published" });
  });

  it("flags the figure of a period the source does not date", () => {
    expect(figureRow(sources, sources.figures.get("undated", "stay.applications")!, "Undated").status).toBe("flagged");
  });
});

describe("figureCsv", () => {
  it("writes each row with its period and metric, the status in words", () => {
    const rows = [
      { label: "Expulsions", value: 844, display: "844", status: "published" as const },
      { label: "Not itemised in the source", value: 145, display: "145", status: "derived" as const },
    ];
    expect(figureCsv(rows, [{ period: "2024-01", metric: "decisions.expulsion" }, { period: "2024-01", metric: "" }], en.charts.status)).toEqual({
      header: ["period", "metric", "label", "value", "status"],
      records: [
        ["2024-01", "decisions.expulsion", "Expulsions", 844, "published"],
        ["2024-01", "", "Not itemised in the source", 145, "computed by this report"],
      ],
    });
  });
});

import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { allFigures, periodFigures, toCsv } from "../../../src/lib/share/downloads.ts";
import { SDMX_COLUMNS, SDMX_DATAFLOW, sdmxTable } from "../../../src/lib/share/sdmxCsv.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const computed = buildSiteModel(withComputedMarch(fixture));

describe("sdmxTable", () => {
  it("writes the SDMX-CSV 2.0 header: structure, its id, the action, the dimensions, the value, the attributes", () => {
    const header = toCsv(sdmxTable(fixture, fixture.observations)).split("\n")[0];
    expect(header).toBe("STRUCTURE,STRUCTURE_ID,ACTION,REPORTING_PERIOD,INDICATOR,UNIT_MEASURE,OBS_VALUE,OBS_STATUS,COMPARED_WITH,COMMENT_OBS");
  });

  it("codes every row with the dataset's ids, the metric's unit and status A for a published figure", () => {
    const rows = csvParse(toCsv(sdmxTable(fixture, fixture.observations)));
    expect(rows).toHaveLength(fixture.observations.length);
    expect(rows[1]).toEqual({ STRUCTURE: "dataflow", STRUCTURE_ID: SDMX_DATAFLOW, ACTION: "I", REPORTING_PERIOD: "2024-01", INDICATOR: "decisions.total", UNIT_MEASURE: "decisions", OBS_VALUE: "1826", OBS_STATUS: "A", COMPARED_WITH: "", COMMENT_OBS: "" });
    const periods = new Set(fixture.periods.map((p) => p.id));
    const metrics = new Map(fixture.metrics.map((m) => [m.id, m.unit]));
    for (const row of rows) {
      expect(periods.has(row.REPORTING_PERIOD!)).toBe(true);
      expect(metrics.get(row.INDICATOR!)).toBe(row.UNIT_MEASURE);
    }
  });

  it("keeps the period a stated change compares with", () => {
    const row = sdmxTable(fixture, fixture.observations).rows.find((r) => r[4] === "foreigners.registered.claimed-change")!;
    expect(row.slice(3, 9)).toEqual(["2018-h1", "foreigners.registered.claimed-change", "percent", 10, "A", "2017-h1"]);
  });

  it("marks a figure this report computed with status I and its formula as the comment", () => {
    const march = sdmxTable(computed.dataset, periodFigures(computed, computed.periods.get("2024-03"))).rows;
    expect(march).toEqual([["dataflow", SDMX_DATAFLOW, "I", "2024-03", "stay.applications", "applications", 118020, "I", undefined, "First half of 2024 − January 2024 − February 2024"]]);
    expect(sdmxTable(computed.dataset, allFigures(computed)).rows.filter((r) => r[7] === "I")).toHaveLength(computed.derived.length);
  });

  it("quotes a note with commas, quotes and a line break so that it reads back whole", () => {
    const note = 'Fines, "on the spot"\nand more';
    const [observation] = fixture.observations;
    const csv = toCsv(sdmxTable(fixture, [{ ...observation!, note }]));
    expect(csvParse(csv)[0]!.COMMENT_OBS).toBe(note);
    expect(csvParse(csv).columns).toEqual([...SDMX_COLUMNS]);
  });

  it("refuses a note a spreadsheet would run as a formula", () => {
    const [observation] = fixture.observations;
    expect(() => sdmxTable(fixture, [{ ...observation!, note: "=HYPERLINK(\"http://x\")" }])).toThrow(/formula/);
  });

  it("refuses an observation of a metric the dataset does not have", () => {
    const [observation] = fixture.observations;
    expect(() => sdmxTable(fixture, [{ ...observation!, metric: "no.such" }])).toThrow(/unknown metric "no.such"/);
  });
});

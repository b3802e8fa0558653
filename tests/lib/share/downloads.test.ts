import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { metricsTable, observationsTable, periodTable, periodsTable, toCsv, toJson, type DownloadTable } from "../../../src/lib/share/downloads.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);


const small: DownloadTable = {
  columns: ["label", "value"],
  rows: [
    ['Fines, "on the spot"', 5],
    [undefined, 0],
  ],
};

describe("toCsv", () => {
  it("writes a header and one line per row, quoting a label with a comma and a quote", () => {
    expect(toCsv(small)).toBe('label,value\n"Fines, ""on the spot""",5\n,0\n');
  });

  it("writes the fixture's figures as printed, quoted where they hold a comma", () => {
    const lines = toCsv(observationsTable(fixture, fixture.observations)).split("\n");
    // Header, 11 figures, and the final newline.
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe("period,period_label,period_kind,period_start,period_end,metric,metric_label,unit,value,raw,document,line,vs,note,formula");
    expect(lines[2]).toBe('2024-01,January 2024,month,2024-01-01,2024-01-31,decisions.total,Decisions on breaches,decisions,1826,"1,826",bulletin,2,,,');
  });
});

describe("toJson", () => {
  it("writes one object per row, named by the columns, with null for a missing value", () => {
    const json = toJson(small);
    expect(json.endsWith("]\n")).toBe(true);
    expect(JSON.parse(json)).toEqual([
      { label: 'Fines, "on the spot"', value: 5 },
      { label: null, value: 0 },
    ]);
  });
});

describe("periodTable", () => {
  it("holds the figures of a period and of the companion printed on its page, in dataset order", () => {
    const table = periodTable(model, model.periods.get("2018-h1"));
    expect(table.rows.map((r) => [r[0], r[5], r[8], r[9], r[12]])).toEqual([
      ["2018-h1", "foreigners.registered", 827352, "827,352", undefined],
      ["2017-h1", "foreigners.registered", 747107, "747.107", undefined],
      ["2018-h1", "foreigners.registered.claimed-change", 10, "10", "2017-h1"],
    ]);
  });

  it("holds only the period's own figures where it has no companion", () => {
    expect(periodTable(model, model.periods.get("2024-01")).rows.map((r) => r[8])).toEqual([27328, 1826, 844, 837]);
  });

  it("gives a derived period's computed figures with their formula and no raw text", () => {
    const computed = buildSiteModel(withComputedMarch(fixture));
    // 164,503 − 27,328 − 19,155 = 118,020, cited to the half-year's line 5.
    expect(periodTable(computed, computed.periods.get("2024-03")).rows).toEqual([
      ["2024-03", "March 2024 (derived)", "month", "2024-03-01", "2024-03-31", "stay.applications", "Applications for registration", "applications", 118020, "", "bulletin", 5, undefined, undefined, "First half of 2024 − January 2024 − February 2024"],
    ]);
  });
});

describe("metricsTable and periodsTable", () => {
  it("lists every metric with its topic in words and the total it belongs to", () => {
    const rows = metricsTable(fixture).rows;
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r[0] === "decisions.expulsion")).toEqual(["decisions.expulsion", "Expulsions", "decisions", "Irregular migration", "decisions.total", undefined, undefined, "Decisions to expel."]);
    expect(rows.find((r) => r[0] === "foreigners.registered.claimed-change")!.slice(5, 7)).toEqual(["change", "foreigners.registered"]);
  });

  it("lists every period with its lines, flags and the page that shows a companion", () => {
    const rows = periodsTable(fixture).rows;
    expect(rows.map((r) => r[0])).toEqual(["2024-01", "2024-h1", "2024-02", "undated", "2018-h1", "2017-h1"]);
    expect(rows[0]!.slice(5, 10)).toEqual(["bulletin", "1-4", "January of 2024", "", undefined]);
    expect(rows[3]!.slice(2, 5)).toEqual(["unknown", undefined, undefined]);
    expect(rows[3]![8]).toBe("unknown-period");
    expect(rows[5]![9]).toBe("2018-h1");
    // An empty cell in CSV, null in JSON.
    expect(toCsv(periodsTable(fixture)).split("\n")[4]).toBe("undated,Undated block,unknown,,,bulletin,13-14,the reporting period,unknown-period,");
    expect(JSON.parse(toJson(periodsTable(fixture)))[3]).toMatchObject({ start: null, end: null, shown_on: null });
  });
});

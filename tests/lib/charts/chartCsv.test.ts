import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../src/lib/charts/chartCsv.ts";

describe("chartCsv", () => {
  it("writes the header, then one line per record with the raw values, and ends with a newline", () => {
    const csv = { header: ["period", "value", "status"], records: [["2024-01", 1826, "published"], ["2024-02", 0.5, "computed by this report"]] };
    expect(chartCsv({ csv })).toBe("period,value,status\n2024-01,1826,published\n2024-02,0.5,computed by this report\n");
  });

  it("quotes a value that holds a comma, a quote or a line break", () => {
    const csv = { header: ["label", "value"], records: [["Decisions on officials, and others", 3], ['The "first" bulletin', 4]] };
    expect(chartCsv({ csv }).split("\n")).toEqual(["label,value", '"Decisions on officials, and others",3', '"The ""first"" bulletin",4', ""]);
  });

  it("writes only the header for a chart without records", () => {
    expect(chartCsv({ csv: { header: ["period"], records: [] } })).toBe("period\n");
  });
});

import { describe, expect, it } from "vitest";
import { parsePeriodName } from "../../../src/lib/ingest/periodNames.ts";

describe("parsePeriodName", () => {
  it.each([
    ["November of 2024", "2024-11", "month", "2024-11-01", "2024-11-30"],
    ["February 2024", "2024-02", "month", "2024-02-01", "2024-02-29"],
    ["February of 2023", "2023-02", "month", "2023-02-01", "2023-02-28"],
    ["9 months of 2024", "2024-9m", "nine-months", "2024-01-01", "2024-09-30"],
    ["6 months of 2024", "2024-h1", "half-year", "2024-01-01", "2024-06-30"],
    ["12 months of 2023", "2023", "year", "2023-01-01", "2023-12-31"],
    ["2023", "2023", "year", "2023-01-01", "2023-12-31"],
    ["the year 2023", "2023", "year", "2023-01-01", "2023-12-31"],
  ])("reads %s as %s", (name, id, kind, start, end) => {
    expect(parsePeriodName(name)).toMatchObject({ id, kind, start, end });
  });

  it("labels each period as the report does, and lists the numbers its name holds", () => {
    expect(parsePeriodName("November of 2024")).toEqual({ id: "2024-11", label: "November 2024", kind: "month", start: "2024-11-01", end: "2024-11-30", tokens: ["2024"] });
    expect(parsePeriodName("9 months of 2024")).toMatchObject({ label: "January–September 2024", tokens: ["9", "2024"] });
    expect(parsePeriodName("6 months of 2024")).toMatchObject({ label: "January–June 2024", tokens: ["6", "2024"] });
    expect(parsePeriodName("12 months of 2023")).toMatchObject({ label: "2023", tokens: ["12", "2023"] });
    expect(parsePeriodName("the year 2023")).toMatchObject({ label: "2023", tokens: ["2023"] });
  });

  it("reads a month's name in any case and spacing, and writes it capitalised", () => {
    expect(parsePeriodName("  NOVEMBER   of 2024 ")).toMatchObject({ id: "2024-11", label: "November 2024" });
    expect(parsePeriodName("march of 2024")).toMatchObject({ id: "2024-03", label: "March 2024" });
  });

  it.each(["Novembre of 2024", "5 months of 2024", "13 months of 2024", "the reporting period", "Q3 2024", "November of 24", "November of 2024 and 2025", ""])("does not guess %j", (name) => {
    expect(parsePeriodName(name)).toBeUndefined();
  });
});

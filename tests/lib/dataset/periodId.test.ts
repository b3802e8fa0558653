import { describe, expect, it } from "vitest";
import { idMatches, looksDated, periodIdFor } from "../../../src/lib/dataset/periodId.ts";
import type { PeriodKind } from "../../../src/lib/dataset/types.ts";

describe("periodIdFor", () => {
  it.each<[PeriodKind, string, string, string]>([
    ["month", "2024-11-01", "2024-11-30", "2024-11"],
    ["month", "2024-02-01", "2024-02-29", "2024-02"],
    ["month", "2023-02-01", "2023-02-28", "2023-02"],
    ["half-year", "2024-01-01", "2024-06-30", "2024-h1"],
    ["half-year", "2024-07-01", "2024-12-31", "2024-h2"],
    ["nine-months", "2024-01-01", "2024-09-30", "2024-9m"],
    ["year", "2023-01-01", "2023-12-31", "2023"],
    ["snapshot", "2018-07-01", "2018-07-01", "2018-07-01"],
  ])("names a %s from %s to %s %s", (kind, start, end, id) => {
    expect(periodIdFor(kind, start, end)).toBe(id);
  });

  it.each<[string, PeriodKind, string, string]>([
    ["a month that ends before its last day", "month", "2024-11-01", "2024-11-29"],
    ["a February 29 in a year without one", "month", "2023-02-01", "2023-02-29"],
    ["a month that starts after the first", "month", "2024-11-02", "2024-11-30"],
    ["a month that spans two months", "month", "2024-01-01", "2024-02-29"],
    ["a half-year from March", "half-year", "2024-03-01", "2024-08-31"],
    ["a half-year across the turn of the year", "half-year", "2023-07-01", "2024-06-30"],
    ["nine months that end in June", "nine-months", "2024-01-01", "2024-06-30"],
    ["a year of two years", "year", "2023-01-01", "2024-12-31"],
    ["a year from July", "year", "2023-07-01", "2024-06-30"],
    ["a snapshot of two days", "snapshot", "2018-07-01", "2018-07-02"],
    ["a period of unknown kind", "unknown", "2024-01-01", "2024-01-31"],
  ])("gives no id for %s", (_, kind, start, end) => {
    expect(periodIdFor(kind, start, end)).toBeUndefined();
  });
});

describe("idMatches", () => {
  it("accepts the id itself and a twin with one letter", () => {
    expect(idMatches("2023-08", "2023-08")).toBe(true);
    expect(idMatches("2023-08-a", "2023-08")).toBe(true);
    expect(idMatches("2023-08-b", "2023-08")).toBe(true);
    expect(idMatches("2024-h1-a", "2024-h1")).toBe(true);
  });

  it.each([
    ["2023-09", "2023-08"],
    ["2023-08-ab", "2023-08"],
    ["2023-08b", "2023-08"],
    ["2023-08-1", "2023-08"],
    ["x2023-08", "2023-08"],
    ["2023-08-A", "2023-08"],
  ])("refuses %s for %s", (id, expected) => {
    expect(idMatches(id, expected)).toBe(false);
  });
});

describe("looksDated", () => {
  it.each(["2024", "2024-11", "2024-h1", "2024-9m", "2018-07-01", "2023-08-a"])("reads %s as a date-based id", (id) => {
    expect(looksDated(id)).toBe(true);
  });

  it.each(["undated", "unlabeled", "20245", "2024a", "999", "h1-2024"])("does not read %s as one", (id) => {
    expect(looksDated(id)).toBe(false);
  });
});

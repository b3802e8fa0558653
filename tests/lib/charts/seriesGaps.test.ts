import { describe, expect, it } from "vitest";
import { seriesGaps } from "../../../src/lib/charts/seriesGaps.ts";
import type { Dataset, Period, PeriodKind } from "../../../src/lib/dataset/types.ts";

const period = (id: string, kind: PeriodKind, start: string, end: string): Period => ({ id, label: id, kind, start, end, document: "d", lines: { from: 1, to: 1 }, sourceLabel: id, flags: [], institutional: false, published: "2026-01-10" });
const month = (m: string, last: number) => period(m, "month", `${m}-01`, `${m}-${last}`);
const span = (p: Period) => ({ start: p.start!, end: p.end! });

// January, February and May 2024 have bulletins; March has one too, but without the figure charted.
const january = month("2024-01", 31);
const february = month("2024-02", 29);
const march = month("2024-03", 31);
const may = month("2024-05", 31);
const dataset: Pick<Dataset, "periods"> = { periods: [january, february, march, may] };

describe("seriesGaps", () => {
  it("finds the months between the first and last figure that have none, and why", () => {
    expect(seriesGaps(dataset, "month", [january, february, may].map(span))).toEqual([
      { start: "2024-03-01", end: "2024-03-31", reason: "no-figure" },
      { start: "2024-04-01", end: "2024-04-30", reason: "no-bulletin" },
    ]);
  });

  it("joins consecutive months with one reason into one gap", () => {
    expect(seriesGaps({ periods: [january, may] }, "month", [january, may].map(span))).toEqual([{ start: "2024-02-01", end: "2024-04-30", reason: "no-bulletin" }]);
  });

  it("reaches across a shared axis beyond the series' own first and last figure", () => {
    expect(seriesGaps(dataset, "month", [february].map(span), { start: "2024-01-01", end: "2024-03-31" })).toEqual([
      { start: "2024-01-01", end: "2024-01-31", reason: "no-figure" },
      { start: "2024-03-01", end: "2024-03-31", reason: "no-figure" },
    ]);
  });

  it("counts years, half-years and nine-month totals by the year, each year's gap apart from the next", () => {
    const years = [period("2020", "year", "2020-01-01", "2020-12-31"), period("2023", "year", "2023-01-01", "2023-12-31")];
    expect(seriesGaps({ periods: years }, "year", years.map(span))).toEqual([{ start: "2021-01-01", end: "2022-12-31", reason: "no-bulletin" }]);
    const halves = [period("2017-h1", "half-year", "2017-01-01", "2017-06-30"), period("2019-h1", "half-year", "2019-01-01", "2019-06-30")];
    expect(seriesGaps({ periods: halves }, "half-year", halves.map(span))).toEqual([{ start: "2018-01-01", end: "2018-06-30", reason: "no-bulletin" }]);
  });

  it("finds none in a series without holes, nor for kinds with no regular slots", () => {
    expect(seriesGaps(dataset, "month", [january, february].map(span))).toEqual([]);
    expect(seriesGaps(dataset, "snapshot", [period("s1", "snapshot", "2018-07-01", "2018-07-01"), period("s2", "snapshot", "2019-07-01", "2019-07-01")].map(span))).toEqual([]);
    expect(seriesGaps(dataset, "month", [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { describeChange, describeDifference, formatChange, formatDate, formatFigure, formatNumber, formatPeriodSpan, formatShare, formatSpanOf, unitWord } from "../../src/lib/format.ts";
import { en } from "../../src/lib/i18n/en/index.ts";
import type { Metric, Period } from "../../src/lib/dataset/types.ts";

const metric = (over: Partial<Metric>): Metric => ({ id: "m", label: "M", unit: "persons", group: "g", definition: "d", ...over });
const period = (over: Partial<Period>): Period => ({ id: "p", label: "P", kind: "month", document: "d", lines: { from: 1, to: 2 }, sourceLabel: "p", flags: [], institutional: false, published: "2026-01-10", ...over });

describe("format", () => {
  it("groups thousands with commas and keeps published decimals", () => {
    expect(formatNumber(1324075, en)).toBe("1,324,075");
    expect(formatNumber(92.78, en)).toBe("92.78");
    expect(formatNumber(7, en)).toBe("7");
  });

  it("signs percent changes with a true minus", () => {
    expect(formatChange(10, en)).toBe("+10%");
    expect(formatChange(-0.5, en)).toBe("\u22120.5%");
  });

  it("formats a figure by its metric", () => {
    expect(formatFigure(27328, metric({}), en)).toBe("27,328");
    expect(formatFigure(92.78, metric({ unit: "percent" }), en)).toBe("92.78%");
    expect(formatFigure(14.6, metric({ unit: "percent", claim: "change", claimOf: "x" }), en)).toBe("+14.6%");
  });

  it("chooses singular or plural unit words", () => {
    const unit = { id: "persons", one: "person", other: "persons", fractional: false };
    expect(unitWord(1, unit, en)).toBe("person");
    expect(unitWord(2, unit, en)).toBe("persons");
  });

  it("writes dates and spans in words", () => {
    expect(formatDate("2018-07-01", en)).toBe("1 July 2018");
    expect(formatPeriodSpan(period({ start: "2024-01-01", end: "2024-06-30" }), en)).toBe("1 January – 30 June 2024");
    expect(formatPeriodSpan(period({ kind: "snapshot", start: "2018-07-01", end: "2018-07-01" }), en)).toBe("1 July 2018");
    expect(formatPeriodSpan(period({ kind: "unknown" }), en)).toBe("not stated by the source");
  });

  it("names a span of months as months, of years as years, and of other kinds by its days", () => {
    expect(formatSpanOf({ start: "2024-10-01", end: "2024-10-31" }, "month", en)).toBe("October 2024");
    expect(formatSpanOf({ start: "2023-09-01", end: "2024-01-31" }, "month", en)).toBe("September 2023 – January 2024");
    expect(formatSpanOf({ start: "2022-01-01", end: "2022-12-31" }, "year", en)).toBe("2022");
    expect(formatSpanOf({ start: "2012-01-01", end: "2019-12-31" }, "year", en)).toBe("2012–2019");
    expect(formatSpanOf({ start: "2019-01-01", end: "2019-06-30" }, "half-year", en)).toBe("1 January – 30 June 2019");
  });
});

describe("format in each edition's conventions", () => {
  const az = { locale: "az" };
  const ru = { locale: "ru" };

  it("groups thousands as each language does", () => {
    expect(formatNumber(27328, az)).toBe("27.328");
    expect(formatNumber(827352, ru)).toBe("827\u00a0352");
    expect(formatNumber(-0.5, ru)).toBe("\u22120,5");
  });

  it("writes percentages with the language's sign and spacing", () => {
    expect(formatShare(46.2, az)).toBe("46,2%");
    expect(formatShare(46.2, ru)).toBe("46,2\u00a0%");
    expect(formatChange(-0.5, az)).toBe("\u22120,5%");
    expect(formatChange(10, ru)).toBe("+10\u00a0%");
  });

  it("writes dates in the language's words", () => {
    expect(formatDate("2024-11-30", az)).toBe("30 noyabr 2024");
    expect(formatDate("2024-11-30", ru)).toBe("30 ноября 2024 г.");
  });
});

describe("computed comparisons in words", () => {
  it("round a fall as they round a rise (half away from zero) and say the direction", () => {
    expect(describeChange(2.25, en)).toBe("up 2.3%");
    expect(describeChange(-2.25, en)).toBe("down 2.3%");
    expect(describeChange(0.04, en)).toBe("unchanged");
    expect(describeDifference(-1530, en)).toBe("1,530 fewer");
    expect(describeDifference(0, en)).toBe("the same number");
  });
});

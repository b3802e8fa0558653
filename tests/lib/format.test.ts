import { describe, expect, it } from "vitest";
import { describeChange, describeDifference, formatChange, formatDate, formatFigure, formatNumber, formatPeriodSpan, unitWord } from "../../src/lib/format.ts";
import { en } from "../../src/lib/i18n/en/index.ts";
import type { Metric, Period } from "../../src/lib/dataset/types.ts";

const metric = (over: Partial<Metric>): Metric => ({ id: "m", label: "M", unit: "persons", group: "g", definition: "d", ...over });
const period = (over: Partial<Period>): Period => ({ id: "p", label: "P", kind: "month", document: "d", lines: { from: 1, to: 2 }, sourceLabel: "p", flags: [], institutional: false, ...over });

describe("format", () => {
  it("groups thousands with commas and keeps published decimals", () => {
    expect(formatNumber(1324075)).toBe("1,324,075");
    expect(formatNumber(92.78)).toBe("92.78");
    expect(formatNumber(7)).toBe("7");
  });

  it("signs percent changes with a true minus", () => {
    expect(formatChange(10)).toBe("+10%");
    expect(formatChange(-0.5)).toBe("\u22120.5%");
  });

  it("formats a figure by its metric", () => {
    expect(formatFigure(27328, metric({}))).toBe("27,328");
    expect(formatFigure(92.78, metric({ unit: "percent" }))).toBe("92.78%");
    expect(formatFigure(14.6, metric({ unit: "percent", claim: "change", claimOf: "x" }))).toBe("+14.6%");
  });

  it("chooses singular or plural unit words", () => {
    const unit = { id: "persons", one: "person", other: "persons", fractional: false };
    expect(unitWord(1, unit)).toBe("person");
    expect(unitWord(2, unit)).toBe("persons");
  });

  it("writes dates and spans in words", () => {
    expect(formatDate("2018-07-01")).toBe("1 July 2018");
    expect(formatPeriodSpan(period({ start: "2024-01-01", end: "2024-06-30" }), en)).toBe("1 January – 30 June 2024");
    expect(formatPeriodSpan(period({ kind: "snapshot", start: "2018-07-01", end: "2018-07-01" }), en)).toBe("1 July 2018");
    expect(formatPeriodSpan(period({ kind: "unknown" }), en)).toBe("not stated by the source");
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

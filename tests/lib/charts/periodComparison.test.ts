import { describe, expect, it } from "vitest";
import { periodComparison, type ComparedPeriod } from "../../../src/lib/charts/periodComparison.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";

const periods: ComparedPeriod[] = [
  { label: "August 2023 (first bulletin)", value: 6117, display: "6,117", status: "flagged", current: false },
  { label: "February 2024", value: 6268, display: "6,268", status: "published", current: false },
  { label: "September 2024 (derived)", value: 5882, display: "5,882", status: "derived", current: false },
  { label: "November 2024", value: 5261, display: "5,261", status: "published", current: true },
];
const render = () => renderChart(periodComparison(periods, en.charts.comparison.thisPage, en), { id: "comparison", label: "Bar chart: calls by month" });

describe("periodComparison", () => {
  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/periodComparison.svg");
  });

  it("draws one bar per period", () => {
    expect(valueMarks(render())).toHaveLength(periods.length);
  });

  it("sets the page's own period apart in words and weight, not by colour alone", () => {
    const bold = parseSvg(render()).querySelector("g[font-weight='bold']");
    expect(bold?.textContent).toBe("November 2024 (this page)");
    const fills = marksInOrder(render(), "y").map((m) => m.getAttribute("fill"));
    expect(fills[3]).toContain("--chart-bar");
    expect(fills[1]).toContain("--chart-context");
  });
});

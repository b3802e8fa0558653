import { en } from "../../../src/lib/i18n/en/index.ts";
import { describe, expect, it } from "vitest";
import { breakdownBars, type BreakdownPart } from "../../../src/lib/charts/breakdownBars.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { valueMarks } from "./svgMarks.ts";

const parts: BreakdownPart[] = [
  { label: "Decisions not to expel", value: 844, display: "844", status: "published" },
  { label: "Entry bans and expulsions", value: 837, display: "837", status: "published" },
  { label: "Decisions on officials of organisations that receive, serve or employ foreigners", value: 0, display: "0", status: "flagged" },
  { label: "Not itemised in the source", value: 4, display: "4", status: "derived" },
];
const render = () => renderChart(plotOptions(breakdownBars(parts, "November 2024", en)), { id: "breakdown", label: "Bar chart: decisions by kind" });

describe("breakdownBars", () => {
  it("names each part's period, value and status in its bar's <title>", () => {
    expect(valueMarks(render()).map((rect) => rect.querySelector("title")?.textContent)).toContain("Decisions not to expel · November 2024: 844 (published)");
  });

  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/breakdownBars.svg");
  });

  it("draws one bar per part, a zero included", () => {
    expect(valueMarks(render())).toHaveLength(parts.length);
  });

  it("hatches computed values and outlines flagged ones with a dashed line", () => {
    const marks = valueMarks(render());
    const fills = marks.map((m) => m.getAttribute("fill"));
    expect(fills.filter((f) => f?.startsWith("url(#breakdown-"))).toHaveLength(1);
    const dashed = marks.filter((m) => m.parentElement?.getAttribute("stroke-dasharray"));
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.getAttribute("fill")).toContain("--chart-paper");
  });

  it("prints every value and every label, long ones wrapped", () => {
    const svg = render();
    for (const part of parts) expect(svg).toContain(`>${part.display}</text>`);
    expect(svg).toContain("<tspan");
  });
});

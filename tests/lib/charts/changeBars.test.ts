import { describe, expect, it } from "vitest";
import { changeBars, type FigureChange } from "../../../src/lib/charts/changeBars.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";

const changes: FigureChange[] = [
  { label: "Family members of refugees", percent: 61.1, display: "up 61.1%", status: "published" },
  { label: "Calls to the Call Center", percent: 9.4, display: "up 9.4%", status: "published" },
  { label: "Applications to establish citizenship", percent: -14.9, display: "down 14.9%", status: "published" },
];
const render = () => renderChart(changeBars(changes), { id: "change", label: "Bar chart: changes" });

describe("changeBars", () => {
  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/changeBars.svg");
  });

  it("draws one bar per figure, falls included", () => {
    expect(valueMarks(render())).toHaveLength(changes.length);
  });

  it("draws rises to the right of zero and falls to the left", () => {
    const [rise, , fall] = marksInOrder(render(), "y").map((m) => Number(m.getAttribute("x")));
    expect(fall).toBeLessThan(rise!);
    const svg = parseSvg(render());
    const ends = [...svg.querySelectorAll("g[text-anchor='end'] text")].map((t) => t.textContent);
    expect(ends).toEqual(["down 14.9%"]);
  });
});

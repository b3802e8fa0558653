import { en } from "../../../src/lib/i18n/en/index.ts";
import { describe, expect, it } from "vitest";
import { changeBars, type FigureChange } from "../../../src/lib/charts/changeBars.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";

const changes: FigureChange[] = [
  { label: "Family members of refugees", percent: 61.1, display: "up 61.1%", status: "published" },
  { label: "Calls to the Call Center", percent: 9.4, display: "up 9.4%", status: "published" },
  { label: "Applications to establish citizenship", percent: -14.9, display: "down 14.9%", status: "published" },
];
const render = () => renderChart(plotOptions(changeBars(changes, "First half of 2017 → First half of 2018", en)), { id: "change", label: "Bar chart: changes" });

describe("changeBars", () => {
  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/changeBars.svg");
  });

  it("draws one bar per figure, falls included", () => {
    expect(valueMarks(render())).toHaveLength(changes.length);
  });

  it("draws rises to the right of zero and falls to the left, printing a fall's value just after zero", () => {
    const [rise, , fall] = marksInOrder(render(), "y");
    const zero = Number(rise!.getAttribute("x"));
    expect(Number(fall!.getAttribute("x")) + Number(fall!.getAttribute("width"))).toBeCloseTo(zero);
    const label = [...parseSvg(render()).querySelectorAll("text")].find((t) => t.textContent === "down 14.9%")!;
    expect(label.getAttribute("transform")).toMatch(new RegExp(`^translate\\(${zero},`));
  });
});

import { describe, expect, it } from "vitest";
import { labelledBars, type LabelledBar } from "../../../src/lib/charts/labelledBars.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { marksInOrder, parseSvg, valueMarks } from "./svgMarks.ts";

const bars: LabelledBar[] = [
  { label: "Applications for a temporary residence permit", value: 1200, display: "1,200", status: "published", title: "Temporary: 1,200 (published)" },
  { label: "Applications for a permanent residence permit, a label long enough to be wrapped on to a second line", value: 300, display: "300", status: "derived", title: "Permanent: 300 (computed)" },
  { label: "Applications for citizenship", value: -150, display: "−150", status: "flagged", title: "Citizenship: −150 (flagged)" },
];
const render = (given = bars) => renderChart(labelledBars(given, { tickFormat: (v) => `${v}` }), { id: "labelled", label: "Bar chart: applications" });

describe("labelledBars", () => {
  it("matches the checked-in SVG", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/labelledBars.svg");
  });

  it("gives every bar its <title>, for a pointer and a screen reader", () => {
    expect(valueMarks(render()).map((rect) => rect.querySelector("title")?.textContent).sort()).toEqual(bars.map((b) => b.title).sort());
  });

  it("draws one bar per value, each under its own label", () => {
    const marks = marksInOrder(render(), "y");
    expect(marks).toHaveLength(bars.length);
    const labels = [...parseSvg(render()).querySelectorAll("text")].map((t) => t.textContent);
    for (const bar of bars) expect(labels.join(" ")).toContain(bar.label.split(" ")[0]);
  });

  it("wraps a long label on to lines of its own instead of narrowing the bars", () => {
    expect(render()).toContain("<tspan");
    const one = render([bars[0]!]);
    expect(one).not.toContain("<tspan");
  });

  it("grows with its rows: every row adds its label lines and a bar", () => {
    const height = (svg: string) => Number(parseSvg(svg).getAttribute("height"));
    expect(height(render())).toBeGreaterThan(height(render(bars.slice(0, 2))));
  });
});

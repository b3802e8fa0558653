import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { COLOURS, fillOf, hatchPatterns } from "../../../src/lib/charts/statusStyle.ts";
import { parseSvg } from "./svgMarks.ts";

describe("fillOf", () => {
  it("fills a published value with its tone's colour", () => {
    expect(fillOf("published", "bar")).toBe(COLOURS.bar);
    expect(fillOf("published", "context")).toBe(COLOURS.context);
  });

  it("hatches a computed value in its tone and leaves a flagged one unfilled", () => {
    expect(fillOf("derived", "bar")).toBe("url(#hatch-bar)");
    expect(fillOf("derived", "context")).toBe("url(#hatch-context)");
    expect(fillOf("flagged", "bar")).toBe(COLOURS.paper);
  });

  it("takes every colour from a CSS property, with a fallback for the downloaded file", () => {
    for (const colour of Object.values(COLOURS)) expect(colour).toMatch(/^var\(--chart-[a-z]+, #[0-9a-f]{6}\)$/);
  });
});

describe("hatchPatterns", () => {
  it("defines one hatch per tone, which the fills of computed values point to once renumbered", () => {
    const svg = parseSvg(renderChart({ marks: [hatchPatterns, Plot.barX([1], { x: (d: number) => d, fill: fillOf("derived", "bar") })] }, { id: "hatch", label: "Bars" }));
    const patterns = [...svg.querySelectorAll("defs > pattern")];
    expect(patterns.map((p) => p.getAttribute("id"))).toEqual(["hatch-1", "hatch-2"]);
    expect(patterns.map((p) => p.querySelector("line")?.getAttribute("stroke"))).toEqual([COLOURS.bar, COLOURS.context]);
    const fills = [...svg.querySelectorAll("[fill^='url(']")].map((n) => n.getAttribute("fill"));
    expect(fills).toContain("url(#hatch-1)");
  });
});

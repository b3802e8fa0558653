import type { RenderFunction } from "@observablehq/plot";
import { svgElement } from "./svgElement.ts";
import type { PointStatus } from "./types.ts";

/**
 * Colours come from CSS custom properties (src/styles/report.css) so that charts follow
 * the page into dark mode and print; the fallbacks keep a downloaded SVG readable on its own.
 * Colour never carries meaning alone: computed values are hatched, flagged ones outlined
 * with a dashed line, and a highlighted bar is also named in its label.
 */
export const COLOURS = {
  bar: "var(--chart-bar, #1d5a8c)",
  context: "var(--chart-context, #7a8ca0)",
  paper: "var(--chart-paper, #ffffff)",
  /** The shading of days a series has no figure for. */
  gap: "var(--chart-gap, #eef1f4)",
} as const;

/** The colour of a bar: the main one, or the quieter one for values shown for context. */
export type Tone = "bar" | "context";

const HATCH_IDS: Record<Tone, string> = { bar: "hatch-bar", context: "hatch-context" };

export const FLAGGED_DASH = "5,3";
export const STROKE_WIDTH = 1.5;

/** How a value with `status` is filled. */
export function fillOf(status: PointStatus, tone: Tone): string {
  if (status === "derived") return `url(#${HATCH_IDS[tone]})`;
  if (status === "flagged") return COLOURS.paper;
  return COLOURS[tone];
}

/**
 * A mark that defines the hatch patterns `fillOf` refers to. Its ids are placeholders:
 * renderChart renumbers every id per chart.
 */
export const hatchPatterns: RenderFunction = (_index, _scales, _values, _dimensions, context) => {
  const element = (name: string, attributes: Record<string, string | number>) => svgElement(context.document, name, attributes);
  const defs = element("defs", {});
  for (const tone of Object.keys(HATCH_IDS) as Tone[]) {
    const pattern = element("pattern", { id: HATCH_IDS[tone], patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" });
    pattern.append(element("rect", { width: 6, height: 6, fill: COLOURS.paper }), element("line", { x1: 1.5, y1: 0, x2: 1.5, y2: 6, stroke: COLOURS[tone], "stroke-width": 3 }));
    defs.append(pattern);
  }
  return defs;
};

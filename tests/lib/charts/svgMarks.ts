import { parseHTML } from "linkedom";

/** The chart's SVG as a DOM, for counting what it draws. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) throw new Error("no <svg> in the chart");
  return root as unknown as Element;
}

/**
 * The marks that stand for data values (rects of the marks classed chart-value), in the
 * order they are drawn: Plot groups them by mark (solid, then dashed).
 */
export function valueMarks(svg: string): Element[] {
  return [...parseSvg(svg).querySelectorAll("g.chart-value > rect")];
}

/** Value marks in reading order: top to bottom for bars, left to right over time. */
export function marksInOrder(svg: string, axis: "x" | "y"): Element[] {
  return valueMarks(svg).sort((a, b) => Number(a.getAttribute(axis)) - Number(b.getAttribute(axis)));
}

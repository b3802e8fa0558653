import * as Plot from "@observablehq/plot";
import { max } from "d3-array";
import { FONT_SIZE } from "./layout.ts";
import { DAY, day, gapBands, timeBarMarks, timeBars, type GapBand, type SeriesPoint } from "./seriesByKind.ts";
import { plotSpec, type PlotSpec } from "./plotSpec.ts";
import { hatchPatterns } from "./statusStyle.ts";

/** Small enough for three across a page, drawn large enough for its text to stay legible on a phone. */
export const MULTIPLE_WIDTH = 300;
const HEIGHT = 110;
const MARGIN_TOP = 6;
// Room for the first and last month under the axis.
const MARGIN_BOTTOM = 22;
const MARGIN_SIDE = 4;

export interface MultipleAxis {
  /** First and last day of the time axis every small multiple of a row shares, YYYY-MM-DD. */
  start: string;
  end: string;
  /** What the axis' two ends are called ("Aug 2023", "Nov 2024"). */
  startLabel: string;
  endLabel: string;
}

/**
 * One indicator month by month, small: bars on a time axis shared with the other
 * multiples of its row, from zero to the indicator's own highest value, with no value axis
 * (the latest value is printed beside the chart, every value is in its bar's <title>).
 * The latest month is drawn strong and the others quieter; computed months are hatched,
 * flagged ones dashed, and months with no figure (`gaps`) shaded, as on every chart.
 */
export function smallMultiple(points: readonly SeriesPoint[], gaps: readonly GapBand[], axis: MultipleAxis): Plot.PlotOptions {
  const bars = timeBars(points);
  const latest = bars.at(-1)?.end;
  const top = (max(points, (p) => p.value) ?? 0) || 1;
  const end = (frameAnchor: "bottom-left" | "bottom-right", text: string) =>
    Plot.text([text], { frameAnchor, text: (d: string) => d, dy: 6, lineAnchor: "top", fill: "currentColor" });
  return {
    width: MULTIPLE_WIDTH,
    height: HEIGHT,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: MARGIN_SIDE,
    marginRight: MARGIN_SIDE,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { type: "utc", domain: [new Date(day(axis.start)), new Date(day(axis.end) + DAY)], axis: null },
    y: { domain: [0, top], axis: null },
    marks: [
      hatchPatterns,
      gaps.length > 0 ? gapBands(gaps, top) : null,
      ...timeBarMarks(bars, 1, (b) => (b.end === latest ? "bar" : "context")),
      Plot.ruleY([0]),
      end("bottom-left", axis.startLabel),
      end("bottom-right", axis.endLabel),
    ],
  };
}

/** smallMultiple as a chart's plot spec, so that the home page's multiples are drawn through the chart cache like every other chart. */
export function smallMultipleSpec(points: readonly SeriesPoint[], gaps: readonly GapBand[], axis: MultipleAxis): PlotSpec {
  return plotSpec(multipleOptions, { points, gaps, axis });
}

function multipleOptions({ points, gaps, axis }: { points: readonly SeriesPoint[]; gaps: readonly GapBand[]; axis: MultipleAxis }): Plot.PlotOptions {
  return smallMultiple(points, gaps, axis);
}

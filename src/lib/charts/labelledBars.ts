import * as Plot from "@observablehq/plot";
import { max, min, nice } from "d3-array";
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, fittingTicks, textWidth, wrapText } from "./layout.ts";
import { COLOURS, FLAGGED_DASH, STROKE_WIDTH, fillOf, hatchPatterns } from "./statusStyle.ts";
import type { PointStatus } from "./types.ts";
import { formatNumber, formatPercent } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";

/** One bar: its label above it, its value printed at its end. */
export interface LabelledBar {
  label: string;
  value: number;
  display: string;
  status: PointStatus;
  /** The bar's tooltip and accessible text: what it shows, its value and status (SVG <title>). */
  title: string;
}

export interface LabelledBarsOptions {
  tickFormat: (value: number) => string;
}

const BAR_HEIGHT = 18;
const LABEL_GAP = 4;
const ROW_GAP = 14;
const MARGIN_TOP = 4;
const MARGIN_BOTTOM = 26;
const VALUE_GAP = 6;

/**
 * Horizontal bars with each label on its own line above its bar, so that long labels wrap
 * instead of squeezing the bars on a phone. The vertical scale is in pixels: every row is
 * as tall as its wrapped label plus the bar.
 */
export function labelledBars(bars: readonly LabelledBar[], options: LabelledBarsOptions): Plot.PlotOptions {
  // Values print after the end of a bar; a fall's value prints after zero, inside the plot.
  const marginRight = Math.ceil(max(bars, (b) => textWidth(b.display) + VALUE_GAP + 4) ?? 0) + 4;
  const domain = nice(Math.min(0, min(bars, (b) => b.value) ?? 0), Math.max(0, max(bars, (b) => b.value) ?? 0) || 1, 5) as [number, number];
  // Room for half of the first tick label, which is centred on the left edge.
  const marginLeft = Math.ceil(textWidth(options.tickFormat(domain[0])) / 2) + 2;
  const lineHeight = FONT_SIZE * LINE_HEIGHT;

  let cursor = 0;
  const rows = bars.map((bar) => {
    const lines = wrapText(bar.label, CHART_WIDTH - marginLeft - 4);
    const labelBottom = cursor + Math.round(lines.length * lineHeight);
    const top = labelBottom + LABEL_GAP;
    cursor = top + BAR_HEIGHT + ROW_GAP;
    return { ...bar, text: lines.join("\n"), labelBottom, top, middle: top + BAR_HEIGHT / 2, bottom: top + BAR_HEIGHT, zero: 0 };
  });
  const height = Math.max(cursor - ROW_GAP, 0);

  const bar = (subset: typeof rows, dashed: boolean) =>
    Plot.rect(subset, {
      x1: "zero",
      x2: "value",
      y1: "top",
      y2: "bottom",
      fill: (d: (typeof rows)[number]) => fillOf(d.status, "bar"),
      stroke: COLOURS.bar,
      strokeWidth: STROKE_WIDTH,
      strokeDasharray: dashed ? FLAGGED_DASH : undefined,
      title: "title",
      className: "chart-value",
    });
  const label = Plot.text(rows, { y: "labelBottom", text: "text", frameAnchor: "left", textAnchor: "start", lineAnchor: "bottom", lineHeight: LINE_HEIGHT });
  const value = (subset: typeof rows, x: "value" | "zero") =>
    Plot.text(subset, { x, y: "middle", text: "display", textAnchor: "start", dx: VALUE_GAP, fontVariant: "tabular-nums" });

  return {
    width: CHART_WIDTH,
    height: MARGIN_TOP + height + MARGIN_BOTTOM,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    style: { fontSize: `${FONT_SIZE}px` },
    x: {
      domain,
      ticks: fittingTicks(domain, CHART_WIDTH - marginLeft - marginRight, options.tickFormat),
      tickFormat: options.tickFormat,
      // Every bar prints its value; the unit is in the caption and the table.
      label: null,
    },
    y: { domain: [0, height], range: [MARGIN_TOP, MARGIN_TOP + height], axis: null },
    marks: [
      hatchPatterns,
      bar(rows.filter((r) => r.status !== "flagged"), false),
      bar(rows.filter((r) => r.status === "flagged"), true),
      Plot.ruleX(rows, { x: "zero", y1: (d: (typeof rows)[number]) => d.top - 3, y2: (d: (typeof rows)[number]) => d.bottom + 3 }),
      label,
      value(rows.filter((r) => r.value >= 0), "value"),
      value(rows.filter((r) => r.value < 0), "zero"),
    ],
  };
}

/** What labelledBarsPlot makes a chart of: the bars, and whether their axis counts or gives percent changes, in the edition's locale. */
export interface LabelledBarsInputs {
  bars: readonly LabelledBar[];
  axis: "number" | "percent";
  locale: Messages["locale"];
}

/** labelledBars from plain data (src/lib/charts/plotSpec.ts). */
export function labelledBarsPlot({ bars, axis, locale }: LabelledBarsInputs): Plot.PlotOptions {
  return labelledBars(bars, { tickFormat: (value) => (axis === "percent" ? formatPercent(value, { locale }) : formatNumber(value, { locale })) });
}

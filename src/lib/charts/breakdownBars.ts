import type { Messages } from "../i18n/messages.ts";
import { labelledBarsPlot } from "./labelledBars.ts";
import { plotSpec, type PlotSpec } from "./plotSpec.ts";
import { markTitle } from "./wording.ts";
import type { PointStatus } from "./types.ts";

export interface BreakdownPart {
  label: string;
  value: number;
  display: string;
  status: PointStatus;
}

/** The parts of one total in one period (named `period`), one bar each, in the order given. */
export function breakdownBars(parts: readonly BreakdownPart[], period: string, m: Pick<Messages, "locale" | "charts">): PlotSpec {
  return plotSpec(labelledBarsPlot, {
    bars: parts.map((p) => ({ ...p, title: markTitle(`${p.label} · ${period}`, p.display, p.status, m) })),
    axis: "number",
    locale: m.locale,
  });
}

import type { Messages } from "../i18n/messages.ts";
import { labelledBarsPlot } from "./labelledBars.ts";
import { plotSpec, type PlotSpec } from "./plotSpec.ts";
import { markTitle } from "./wording.ts";
import type { PointStatus } from "./types.ts";

export interface FigureChange {
  label: string;
  /** Percent change; negative for a fall. */
  percent: number;
  display: string;
  status: PointStatus;
}

/** Percent changes of several figures between two periods (`between`: "July 2024 → August 2024"): bars to the right rise, to the left fall. */
export function changeBars(changes: readonly FigureChange[], between: string, m: Pick<Messages, "locale" | "charts">): PlotSpec {
  return plotSpec(labelledBarsPlot, {
    bars: changes.map((c) => ({ label: c.label, value: c.percent, display: c.display, status: c.status, title: markTitle(`${c.label} · ${between}`, c.display, c.status, m) })),
    axis: "percent",
    locale: m.locale,
  });
}

import type { PlotOptions } from "@observablehq/plot";
import { formatPercent } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { labelledBars } from "./labelledBars.ts";
import type { PointStatus } from "./types.ts";

export interface FigureChange {
  label: string;
  /** Percent change; negative for a fall. */
  percent: number;
  display: string;
  status: PointStatus;
}

/** Percent changes of several figures between two periods: bars to the right rise, to the left fall. */
export function changeBars(changes: readonly FigureChange[], m: Pick<Messages, "locale">): PlotOptions {
  return labelledBars(
    changes.map((c) => ({ label: c.label, value: c.percent, display: c.display, status: c.status })),
    { tickFormat: (value) => formatPercent(value, m) },
  );
}

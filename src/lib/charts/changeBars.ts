import type { PlotOptions } from "@observablehq/plot";
import { formatPercent } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { labelledBars } from "./labelledBars.ts";
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
export function changeBars(changes: readonly FigureChange[], between: string, m: Pick<Messages, "locale" | "charts">): PlotOptions {
  return labelledBars(
    changes.map((c) => ({ label: c.label, value: c.percent, display: c.display, status: c.status, title: markTitle(`${c.label} · ${between}`, c.display, c.status, m) })),
    { tickFormat: (value) => formatPercent(value, m) },
  );
}

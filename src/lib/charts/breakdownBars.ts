import type { PlotOptions } from "@observablehq/plot";
import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { labelledBars } from "./labelledBars.ts";
import type { PointStatus } from "./types.ts";

export interface BreakdownPart {
  label: string;
  value: number;
  display: string;
  status: PointStatus;
}

/** The parts of one total in one period, one bar each, in the order given. */
export function breakdownBars(parts: readonly BreakdownPart[], m: Pick<Messages, "locale">): PlotOptions {
  return labelledBars(parts, { tickFormat: (value) => formatNumber(value, m) });
}

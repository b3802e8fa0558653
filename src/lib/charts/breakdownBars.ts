import type { PlotOptions } from "@observablehq/plot";
import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { labelledBars } from "./labelledBars.ts";
import { markTitle } from "./wording.ts";
import type { PointStatus } from "./types.ts";

export interface BreakdownPart {
  label: string;
  value: number;
  display: string;
  status: PointStatus;
}

/** The parts of one total in one period (named `period`), one bar each, in the order given. */
export function breakdownBars(parts: readonly BreakdownPart[], period: string, m: Pick<Messages, "locale" | "charts">): PlotOptions {
  return labelledBars(
    parts.map((p) => ({ ...p, title: markTitle(`${p.label} · ${period}`, p.display, p.status, m) })),
    { tickFormat: (value) => formatNumber(value, m) },
  );
}

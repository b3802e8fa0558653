import type { PlotOptions } from "@observablehq/plot";
import { formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { labelledBars } from "./labelledBars.ts";
import { markTitle } from "./wording.ts";
import type { PointStatus } from "./types.ts";

export interface ComparedPeriod {
  label: string;
  value: number;
  display: string;
  status: PointStatus;
  /** The period of the page the chart is on: drawn strong and named as such. */
  current: boolean;
}

/**
 * One figure across periods of the same kind, in time order, the page's own period set apart
 * and named by `thisPage` (m.charts.comparison.thisPage).
 */
export function periodComparison(periods: readonly ComparedPeriod[], thisPage: (period: string) => string, m: Pick<Messages, "locale" | "charts">): PlotOptions {
  return labelledBars(
    periods.map((p) => ({ ...p, label: p.current ? thisPage(p.label) : p.label, tone: p.current ? "bar" : "context", emphasis: p.current, title: markTitle(p.label, p.display, p.status, m) })),
    { tickFormat: (value) => formatNumber(value, m) },
  );
}

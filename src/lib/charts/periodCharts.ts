import type { Period } from "../dataset/types.ts";
import { breakdowns, groupedBreakdown, sideBySide } from "./breakdownCharts.ts";
import { changeChart } from "./changeCharts.ts";
import { comparisonCharts } from "./comparisonCharts.ts";
import type { ChartSources } from "./figures.ts";
import type { Chart } from "./types.ts";

/** At most this many comparisons with other periods per page, the most telling first. */
const MAX_COMPARISONS = 3;
/** Pages get further breakdowns until they have this many charts, where the data allow. */
const MIN_CHARTS = 2;

/**
 * The charts of a period page, chosen from what the period's figures allow:
 * - the breakdown of its main total into the parts the source lists, with the remainder
 *   the source leaves unexplained as a bar of its own;
 * - its change from the comparison period printed in the same document, or the changes
 *   the source states against a period it gives no figures for;
 * - its figures against other periods of the SAME kind (months with months, years with
 *   years), earlier ones where there are any, picking the figures where it stands out most.
 * A page with fewer charts than that gets its other breakdowns, the main one by topic, or
 * its separate totals side by side.
 */
export function periodCharts(sources: ChartSources, period: Period): Chart[] {
  const own = sources.figures.ofPeriod(period.id).filter((f) => !f.metric.claim);
  const totals = breakdowns(sources, own);
  const change = changeChart(sources, period, own);
  const covered = new Set(change ? [change.vs] : []);
  const comparisons = comparisonCharts(sources, period, own, covered, MAX_COMPARISONS);
  const charts = [totals[0]?.chart, change?.chart, ...comparisons].filter((c) => c !== undefined);
  const extras = [
    ...totals.slice(1).map((b) => b.chart),
    totals[0] && groupedBreakdown(sources, totals[0].parent, totals[0].parts),
    sideBySide(sources, own, new Set(totals.flatMap((b) => [b.parent, ...b.parts]))),
  ];
  for (const extra of extras) if (charts.length < MIN_CHARTS && extra) charts.push(extra);
  return charts;
}

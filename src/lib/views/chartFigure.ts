import { describedBy } from "../charts/renderChart.ts";
import type { SiteModel } from "../model/siteModel.ts";
import type { Chart, PointStatus } from "../charts/types.ts";

export interface ChartFigureView {
  figureId: string;
  findingId: string;
  /** A key line for each way of drawing that the chart uses, with why; other notes apart. */
  keys: { status: Exclude<PointStatus, "published">; reasons: string[] }[];
  notes: string[];
  svg: string;
}

export type ChartKey = ChartFigureView["keys"][number];

/** The key lines of a chart: one for each way of drawing it uses besides the plain bar, with why. */
function keysOf(chart: Chart): ChartKey[] {
  return (["derived", "flagged"] as const)
    .filter((status) => chart.rows.some((r) => r.status === status))
    .map((status) => ({ status, reasons: chart.notes.filter((n) => n.status === status).map((n) => n.text) }));
}

const sameKey = (a: ChartKey, b: ChartKey) => a.status === b.status && a.reasons.join("\n") === b.reasons.join("\n");

/**
 * The key lines every chart of a group of two or more shares, word for word: written once
 * above the group instead of under each chart.
 */
export function sharedKeys(charts: readonly Chart[]): ChartKey[] {
  if (charts.length < 2) return [];
  const [first, ...rest] = charts.map(keysOf);
  return first!.filter((key) => rest.every((keys) => keys.some((k) => sameKey(k, key))));
}

/** What a chart's figure shows around the drawing: its key (less the lines `shared` above the group), its notes, and the SVG itself. */
export function chartFigureView(model: Pick<SiteModel, "svg">, chart: Chart, shared: readonly ChartKey[] = []): ChartFigureView {
  const figureId = `chart-${chart.id}`;
  const findingId = `${figureId}-finding`;
  const all = keysOf(chart);
  const keys = all.filter((key) => !shared.some((s) => sameKey(s, key)));
  return {
    figureId,
    findingId,
    keys,
    notes: chart.notes.filter((n) => !all.some((k) => k.status === n.status)).map((n) => n.text),
    svg: describedBy(model.svg(chart), findingId),
  };
}

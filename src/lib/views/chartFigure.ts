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

/** What a chart's figure shows around the drawing: its key, its notes, and the SVG itself. */
export function chartFigureView(model: Pick<SiteModel, "svg">, chart: Chart): ChartFigureView {
  const figureId = `chart-${chart.id}`;
  const findingId = `${figureId}-finding`;
  const keys = (["derived", "flagged"] as const)
    .filter((status) => chart.rows.some((r) => r.status === status))
    .map((status) => ({ status, reasons: chart.notes.filter((n) => n.status === status).map((n) => n.text) }));
  return {
    figureId,
    findingId,
    keys,
    notes: chart.notes.filter((n) => !keys.some((k) => k.status === n.status)).map((n) => n.text),
    svg: describedBy(model.svg(chart), findingId),
  };
}

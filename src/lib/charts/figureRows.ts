import { formatFigure } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import { figureHref } from "./figureLink.ts";
import type { ChartFigure, ChartSources } from "./figures.ts";
import type { Chart, ChartRow } from "./types.ts";

/** A figure as a row of a chart's data table, under `label`, linked to the table row that prints it. */
export function figureRow(sources: ChartSources, f: ChartFigure, label: string): ChartRow {
  return { label, href: figureHref(sources.dataset, f.period.id, f.metric.id), value: f.value, display: formatFigure(f.value, f.metric, sources.m), status: f.status };
}

/**
 * The download of rows of figures: each row with the period and metric it stands for (empty
 * for a computed rest), its status in `status` words (m.charts.status).
 */
export function figureCsv(rows: readonly ChartRow[], ids: readonly { period: string; metric: string }[], status: Messages["charts"]["status"]): Chart["csv"] {
  return {
    header: ["period", "metric", "label", "value", "status"],
    records: rows.map((r, i) => [ids[i]!.period, ids[i]!.metric, r.label, r.value, status[r.status]]),
  };
}

import type { Dataset, Metric, MetricGroup, Observation, Period, Revision, SourceDocument, Unit } from "../dataset/types.ts";
import { figuresByPeriod, periodsById } from "../dataset/byId.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { memoised } from "../memo.ts";
import { revisionIndex } from "../model/revisions.ts";

export interface FigureRow {
  metric: Metric;
  unit: Unit;
  /** Nesting under the row's parent: 0 for a total, 1 for its parts, and so on. */
  depth: number;
  /** One entry per column; undefined where the source gives no figure. */
  cells: (Observation | DerivedObservation | undefined)[];
  /** Per column, how the published figure changed since this report first published it, newest first. */
  revised: Revision[][];
  /** The formula, where the row's figures are computed by this report rather than published. */
  formula?: string;
  /** Where the row's figures are printed, each place once. */
  citations: { document: SourceDocument; line: number }[];
  /** For a stated percent change: the period it compares with. */
  comparedWith?: Period;
  notes: string[];
}

export interface FigureTable {
  group: MetricGroup;
  columns: Period[];
  rows: FigureRow[];
}

/**
 * Arranges the figures of `columns` (one period, or a period with its comparison periods)
 * into one table per topic. Parts follow their total and stated changes follow the figure
 * they describe; a row goes to the topic of the total it belongs to, so a breakdown is
 * never split across tables.
 */
export function figureTables(
  dataset: Dataset,
  columns: Period[],
  observations: readonly (Observation | DerivedObservation)[] = dataset.observations,
): FigureTable[] {
  const byMetric = new Map<string, FigureRow["cells"]>();
  const ofPeriod = figuresByPeriod(observations);
  columns.forEach((period, column) => {
    for (const o of ofPeriod.get(period.id) ?? []) {
      const cells = byMetric.get(o.metric) ?? columns.map(() => undefined);
      cells[column] = o;
      byMetric.set(o.metric, cells);
    }
  });

  // Source order: a reader checking the table against the document meets rows in the same order.
  const firstLine = (m: Metric) => Math.min(...byMetric.get(m.id)!.map((o) => o?.line ?? Infinity));
  const metrics = dataset.metrics.filter((m) => byMetric.has(m.id)).sort((a, b) => firstLine(a) - firstLine(b));
  const present = new Set(metrics.map((m) => m.id));
  const anchorOf = (m: Metric) => [m.parent, m.claimOf].find((id) => id !== undefined && present.has(id));
  const children = new Map<string, Metric[]>();
  for (const m of metrics) {
    const anchor = anchorOf(m);
    if (anchor) children.set(anchor, [...(children.get(anchor) ?? []), m]);
  }

  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const periods = periodsById(dataset.periods);
  const rowsByGroup = new Map<string, FigureRow[]>();
  const revisions = revisionsOf(dataset.revisions);

  const visit = (metric: Metric, depth: number, group: string) => {
    const cells = byMetric.get(metric.id)!;
    const seen = new Set<string>();
    const citations: FigureRow["citations"] = [];
    const cited = cells.flatMap((o) => (o && "inputs" in o ? o.inputs : o ? [o] : []));
    for (const o of cited) {
      if (seen.has(`${o.document}:${o.line}`)) continue;
      seen.add(`${o.document}:${o.line}`);
      citations.push({ document: documents.get(o.document)!, line: o.line });
    }
    const vs = cells.find((o) => o?.vs)?.vs;
    rowsByGroup.set(group, [
      ...(rowsByGroup.get(group) ?? []),
      {
        metric,
        unit: units.get(metric.unit)!,
        depth,
        cells,
        revised: cells.map((o) => (o && !("formula" in o) ? [...(revisions.get(`${o.period}|${o.metric}`) ?? [])].reverse() : [])),
        citations,
        comparedWith: vs ? periods.get(vs) : undefined,
        formula: cells.map((o) => (o && "formula" in o ? o.formula : undefined)).find((f) => f !== undefined),
        notes: cells.flatMap((o) => (o?.note ? [o.note] : [])),
      },
    ]);
    for (const child of children.get(metric.id) ?? []) visit(child, depth + 1, group);
  };
  for (const root of metrics.filter((m) => anchorOf(m) === undefined)) visit(root, 0, root.group);

  return dataset.groups
    .filter((g) => rowsByGroup.has(g.id))
    .map((group) => ({ group, columns, rows: rowsByGroup.get(group.id)! }));
}

const revisionsOf = memoised((revisions: Dataset["revisions"]) => revisionIndex({ revisions }));

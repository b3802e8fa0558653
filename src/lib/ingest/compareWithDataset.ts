import type { Dataset, Observation } from "../dataset/types.ts";
import { breakdownGaps, type BreakdownGap } from "../derive/breakdownGaps.ts";
import type { IngestedFigure, ParsedBulletin } from "./parseBulletins.ts";

export type FigureStatus = "new" | "changed" | "unchanged";

export interface ComparedFigure extends IngestedFigure {
  status: FigureStatus;
  /** The dataset's figure for the same period and metric, where there is one. */
  existing?: Observation;
}

export interface ComparedBulletin {
  bulletin: ParsedBulletin;
  periodExists: boolean;
  figures: ComparedFigure[];
  /** Totals whose parts in this bulletin do not add up. */
  gaps: BreakdownGap[];
}

/** Sets each ingested figure against the dataset: new, changed (with the old value) or unchanged. */
export function compareWithDataset(bulletins: readonly ParsedBulletin[], dataset: Pick<Dataset, "periods" | "metrics" | "observations">): ComparedBulletin[] {
  const existing = new Map(dataset.observations.map((o) => [`${o.period}|${o.metric}`, o]));
  return bulletins.map((bulletin) => {
    const figures = bulletin.figures.map((f): ComparedFigure => {
      const old = existing.get(`${bulletin.period.id}|${f.metric}`);
      return { ...f, existing: old, status: !old ? "new" : old.value === f.value ? "unchanged" : "changed" };
    });
    const observations = bulletin.figures.map((f) => ({ period: bulletin.period.id, metric: f.metric, value: f.value, raw: f.raw, document: "", line: f.line }));
    return {
      bulletin,
      periodExists: dataset.periods.some((p) => p.id === bulletin.period.id),
      figures,
      gaps: breakdownGaps({ metrics: dataset.metrics, observations }),
    };
  });
}

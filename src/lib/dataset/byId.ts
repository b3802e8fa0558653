import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import { memoised } from "../memo.ts";
import type { Dataset, Observation } from "./types.ts";

// Lookups that per-period code (tables, headlines, files) asks of a whole dataset: made once per dataset.

/** The dataset's periods by id. */
export const periodsById = memoised((periods: Dataset["periods"]) => new Map(periods.map((p) => [p.id, p])));

/** The dataset's metrics by id. */
export const metricsById = memoised((metrics: Dataset["metrics"]) => new Map(metrics.map((m) => [m.id, m])));

/** Figures (published or computed) by the id of their period, in the order given. */
export const figuresByPeriod = memoised((figures: readonly (Observation | DerivedObservation)[]) => Map.groupBy(figures, (o) => o.period));

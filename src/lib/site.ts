import { resolve } from "node:path";
import { loadDataset } from "./dataset/load.ts";
import type { Dataset } from "./dataset/types.ts";
import { derivedObservations, type DerivedObservation } from "./derive/derivedPeriods.ts";

let cached: { dataset: Dataset; derived: DerivedObservation[] } | undefined;

function load() {
  if (!cached) {
    const dataset = loadDataset(resolve(process.env.REPORT_DATA_DIR ?? "content/data"));
    cached = { dataset, derived: derivedObservations(dataset) };
  }
  return cached;
}

/**
 * The checked dataset, loaded once per build. REPORT_DATA_DIR points a build at another
 * dataset (tests and the benchmark use temporary copies).
 */
export function getDataset(): Dataset {
  return load().dataset;
}

/** Figures this report computes from published ones (derived periods), kept apart from them. */
export function getDerived(): DerivedObservation[] {
  return load().derived;
}

/** The date the site was built, as YYYY-MM-DD; BUILD_DATE pins it so builds are repeatable. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

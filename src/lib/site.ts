import { resolve } from "node:path";
import { loadDataset } from "./dataset/load.ts";
import type { Dataset } from "./dataset/types.ts";

let cached: Dataset | undefined;

/**
 * The checked dataset, loaded once per build. REPORT_DATA_DIR points a build at another
 * dataset (tests and the benchmark use temporary copies).
 */
export function getDataset(): Dataset {
  cached ??= loadDataset(resolve(process.env.REPORT_DATA_DIR ?? "content/data"));
  return cached;
}

/** The date the site was built, as YYYY-MM-DD; BUILD_DATE pins it so builds are repeatable. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

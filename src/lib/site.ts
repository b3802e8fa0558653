import { resolve } from "node:path";
import { loadDataset } from "./dataset/load.ts";
import { buildSiteModel, type SiteModel } from "./model/siteModel.ts";

let model: SiteModel | undefined;

/**
 * The site model of the checked dataset, built once per build and shared by every page, the
 * remark plugin and the file endpoints. REPORT_DATA_DIR points a build at another dataset
 * (tests and the benchmark use temporary copies).
 */
export function getSiteModel(): SiteModel {
  model ??= buildSiteModel(loadDataset(resolve(process.env.REPORT_DATA_DIR ?? "content/data")));
  return model;
}

/** The date the site was built, as YYYY-MM-DD; BUILD_DATE pins it so builds are repeatable. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

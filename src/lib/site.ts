import { join, resolve } from "node:path";
import { loadEditionTexts, localisedDataset } from "./dataset/editionTexts.ts";
import { loadDataset } from "./dataset/load.ts";
import type { Dataset } from "./dataset/types.ts";
import { editionMessages } from "./i18n/editions.ts";
import { type Edition } from "./i18n/editionPaths.ts";
import { buildSiteModel, type SiteModel } from "./model/siteModel.ts";
import { buildCache, codeVersion } from "./cache/buildInputs.ts";
import { cachedDrawing } from "./cache/chartDrawings.ts";
import { hashOf } from "./cache/hash.ts";

let dataset: Dataset | undefined;
const models = new Map<Edition, SiteModel>();

/** The folder of the dataset: content/data, or REPORT_DATA_DIR (tests and the benchmark use temporary copies). */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.REPORT_DATA_DIR ?? "content/data");
}

/**
 * The site model of an edition, built once per build and shared by every page, the remark
 * plugin and the sidecar's files: the checked dataset, in the edition's words
 * (content/data/editions/<lang>.yaml) and its catalog. Its charts are drawn through the
 * build's chart cache, keyed by the code, the edition and the chart.
 */
export function getSiteModel(edition: Edition = "en"): SiteModel {
  let model = models.get(edition);
  if (!model) {
    dataset ??= loadDataset(dataDir());
    const m = editionMessages(edition);
    const words = edition === "en" ? dataset : localisedDataset(dataset, loadEditionTexts(join(dataDir(), "editions", `${edition}.yaml`), dataset, m.locale));
    models.set(edition, (model = buildSiteModel(words, m, cachedDrawing(buildCache("charts"), hashOf(codeVersion(), edition)))));
  }
  return model;
}

/** The date the site was built, as YYYY-MM-DD; BUILD_DATE pins it so builds are repeatable. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  return env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

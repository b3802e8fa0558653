import type { Edition } from "../i18n/editionPaths.ts";
import { inEdition } from "../i18n/editionPaths.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths, withBase, type Deployment } from "../url.ts";
import { dataPackage } from "./dataPackage.ts";
import type { SiteFile } from "./downloadFiles.ts";
import { allFigures, metricsTable, observationsTable, periodsTable, toCsv, toJson, type DownloadTable } from "./downloads.ts";
import { sdmxTable } from "./sdmxCsv.ts";

/**
 * The files of an edition that hold its whole dataset: every figure (CSV and JSON), the
 * computed figures, the metrics and the periods, every figure as SDMX-CSV, and the data
 * package that describes the CSV files (/datapackage.json) with its Table Schemas. The
 * build writes them beside Astro's pages (scripts/sidecar.ts), on the core Astro leaves free.
 */
export function* datasetFiles(model: SiteModel, edition: Edition, date: string, deployment: Deployment): Generator<SiteFile> {
  const { dataset, derived } = model;
  const tables: Record<string, DownloadTable> = {
    observations: observationsTable(dataset, dataset.observations),
    derived: observationsTable(dataset, derived),
    metrics: metricsTable(dataset),
    periods: periodsTable(dataset),
  };
  for (const [name, table] of Object.entries(tables)) {
    yield { path: paths.dataFile(`${name}.csv`), body: toCsv(table) };
    yield { path: paths.dataFile(`${name}.json`), body: toJson(table) };
  }
  yield { path: paths.dataFile("sdmx.csv"), body: toCsv(sdmxTable(dataset, allFigures(model))) };
  const homepage = new URL(withBase(inEdition(edition, paths.data()), deployment.base), deployment.site).href;
  const { descriptor, schemas } = dataPackage(model, homepage, date);
  yield { path: paths.dataPackage(), body: `${JSON.stringify(descriptor, null, 1)}\n` };
  for (const [schema, body] of schemas) yield { path: paths.dataSchema(schema), body: `${JSON.stringify(body, null, 1)}\n` };
}

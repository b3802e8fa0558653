import { formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { metricsTable, observationsTable, periodsTable } from "../share/downloads.ts";
import { SDMX_COLUMNS, SDMX_DATAFLOW } from "../share/sdmxCsv.ts";
import { paths } from "../url.ts";

export interface DataView {
  files: { name: string; title: string; description: string; csv: string; json: string; columns: { name: string; meaning: string }[] }[];
  /** The SDMX-CSV file of every figure: what it is, where, and its columns. */
  sdmx: { title: string; text: string; href: string; columns: { name: string; meaning: string }[] };
  dataPackage: { title: string; text: string; href: string };
  periods: { id: string; label: string; href: string; sdmx: string }[];
}

/** /data/: the download files, their columns, and one file per period page. */
export function dataView(model: SiteModel): DataView {
  const { dataset, derived } = model;
  const words = model.m.pages.data.files;
  const meanings: Record<string, Record<string, string>> = { ...model.m.downloads.columns, derived: model.m.downloads.columns.observations };
  const files = [
    { name: "observations", count: dataset.observations.length, table: observationsTable(dataset, dataset.observations) },
    { name: "derived", count: derived.length, table: observationsTable(dataset, derived) },
    { name: "metrics", count: dataset.metrics.length, table: metricsTable(dataset) },
    { name: "periods", count: dataset.periods.length, table: periodsTable(dataset) },
  ] as const;
  return {
    files: files.map(({ table, count, name }) => ({ name, title: words[name].title, description: words[name].description(formatNumber(count, model.m), count), csv: paths.dataFile(`${name}.csv`), json: paths.dataFile(`${name}.json`), columns: table.columns.map((column) => ({ name: column, meaning: meanings[name]![column]! })) })),
    sdmx: {
      title: model.m.pages.data.sdmx.title,
      text: model.m.pages.data.sdmx.text(SDMX_DATAFLOW),
      href: paths.dataFile("sdmx.csv"),
      columns: SDMX_COLUMNS.map((name) => ({ name, meaning: model.m.downloads.columns.sdmx[name] })),
    },
    dataPackage: { ...model.m.pages.data.dataPackage, href: paths.dataPackage() },
    periods: model.pagePeriods.map((p) => ({ id: p.id, label: p.label, href: paths.dataFile(`periods/${p.id}.csv`), sdmx: paths.dataFile(`periods/${p.id}.sdmx.csv`) })),
  };
}

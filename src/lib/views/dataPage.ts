import { formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { metricsTable, observationsTable, periodsTable, type Column } from "../share/downloads.ts";
import { paths } from "../url.ts";

export interface DataView {
  files: { name: string; title: string; description: string; csv: string; json: string; columns: Column[] }[];
  periods: { id: string; label: string; href: string }[];
}

/** /data/: the download files, their columns, and one file per period page. */
export function dataView(model: SiteModel): DataView {
  const { dataset, derived } = model;
  const files = [
    { name: "observations", title: "Every published figure", description: `All ${formatNumber(dataset.observations.length)} figures transcribed from the SMS documents, one row per period and metric, each with the text as printed and its document and line.`, table: observationsTable(dataset, dataset.observations) },
    { name: "derived", title: "Figures computed by this report", description: `The ${formatNumber(derived.length)} figures of periods the SMS did not publish, computed from published ones; the formula column says how.`, table: observationsTable(dataset, derived) },
    { name: "metrics", title: "The metric dictionary", description: `All ${formatNumber(dataset.metrics.length)} metrics: ids, labels, units, topics, breakdowns and definitions.`, table: metricsTable(dataset) },
    { name: "periods", title: "The reporting periods", description: `All ${formatNumber(dataset.periods.length)} periods, including comparison periods and the undated block, with their dates and flags.`, table: periodsTable(dataset) },
  ];
  return {
    files: files.map(({ table, ...file }) => ({ ...file, csv: paths.dataFile(`${file.name}.csv`), json: paths.dataFile(`${file.name}.json`), columns: table.columns })),
    periods: model.pagePeriods.map((p) => ({ id: p.id, label: p.label, href: paths.dataFile(`periods/${p.id}.csv`) })),
  };
}

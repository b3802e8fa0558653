import type { APIRoute, GetStaticPaths } from "astro";
import { allFigures, metricsTable, observationsTable, periodsTable, toCsv, toJson, type DownloadTable } from "../../../lib/share/downloads.ts";
import { sdmxTable } from "../../../lib/share/sdmxCsv.ts";
import { perEdition } from "../../../lib/editionRoutes.ts";
import { getSiteModel } from "../../../lib/site.ts";

/** The whole dataset as files: every figure (CSV and JSON), computed figures, metrics, periods, and every figure as SDMX-CSV. */
export const getStaticPaths = (() =>
  perEdition((edition) => {
  const model = getSiteModel(edition);
  const { dataset, derived } = model;
  const tables: Record<string, DownloadTable> = {
    observations: observationsTable(dataset, dataset.observations),
    derived: observationsTable(dataset, derived),
    metrics: metricsTable(dataset),
    periods: periodsTable(dataset),
  };
  return [
    ...Object.entries(tables).flatMap(([name, table]) => [
      { params: { file: `${name}.csv` }, props: { body: toCsv(table), type: "text/csv; charset=utf-8" } },
      { params: { file: `${name}.json` }, props: { body: toJson(table), type: "application/json" } },
    ]),
    { params: { file: "sdmx.csv" }, props: { body: toCsv(sdmxTable(dataset, allFigures(model))), type: "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8" } },
  ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });

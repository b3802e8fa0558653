import type { APIRoute, GetStaticPaths } from "astro";
import { metricsTable, observationsTable, periodsTable, toCsv, toJson, type DownloadTable } from "../../../lib/share/downloads.ts";
import { perEdition } from "../../../lib/editionRoutes.ts";
import { getSiteModel } from "../../../lib/site.ts";

/** The whole dataset as files: every figure (CSV and JSON), computed figures, metrics, periods. */
export const getStaticPaths = (() =>
  perEdition((edition) => {
  const { dataset, derived } = getSiteModel(edition);
  const tables: Record<string, DownloadTable> = {
    observations: observationsTable(dataset, dataset.observations),
    derived: observationsTable(dataset, derived),
    metrics: metricsTable(dataset),
    periods: periodsTable(dataset),
  };
  return Object.entries(tables).flatMap(([name, table]) => [
    { params: { file: `${name}.csv` }, props: { body: toCsv(table), type: "text/csv; charset=utf-8" } },
    { params: { file: `${name}.json` }, props: { body: toJson(table), type: "application/json" } },
  ]);
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });

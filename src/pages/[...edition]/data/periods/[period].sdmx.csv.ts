import type { APIRoute, GetStaticPaths } from "astro";
import { periodFigures, toCsv } from "../../../../lib/share/downloads.ts";
import { sdmxTable } from "../../../../lib/share/sdmxCsv.ts";
import { perEdition } from "../../../../lib/editionRoutes.ts";
import { getSiteModel } from "../../../../lib/site.ts";

/** One SDMX-CSV file per period page: the rows of its CSV, as observations of the report's dataflow. */
export const getStaticPaths = (() =>
  perEdition((edition) => {
    const model = getSiteModel(edition);
    return model.pagePeriods.map((period) => ({ params: { period: period.id }, props: { body: toCsv(sdmxTable(model.dataset, periodFigures(model, period))) } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8" } });

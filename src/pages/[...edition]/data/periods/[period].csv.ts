import type { APIRoute, GetStaticPaths } from "astro";
import { periodTable, toCsv } from "../../../../lib/share/downloads.ts";
import { perEdition } from "../../../../lib/editionRoutes.ts";
import { getSiteModel } from "../../../../lib/site.ts";

/** One CSV per period page, with the comparison periods shown on that page. */
export const getStaticPaths = (() =>
  perEdition((edition) => {
    const model = getSiteModel(edition);
    return model.pagePeriods.map((period) => ({ params: { period: period.id }, props: { body: toCsv(periodTable(model, period)) } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": "text/csv; charset=utf-8" } });

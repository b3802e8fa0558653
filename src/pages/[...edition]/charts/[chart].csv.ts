import type { APIRoute } from "astro";
import { chartPaths } from "../../../lib/charts/catalog.ts";
import { chartCsv } from "../../../lib/charts/chartCsv.ts";
import type { Chart } from "../../../lib/charts/types.ts";
import { perEdition } from "../../../lib/editionRoutes.ts";
import { getSiteModel } from "../../../lib/site.ts";

export function getStaticPaths() {
  return perEdition((edition) => chartPaths(getSiteModel(edition).charts));
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: Chart };
  return new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

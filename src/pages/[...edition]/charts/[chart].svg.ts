import type { APIRoute } from "astro";
import { chartSvgPaths } from "../../../lib/charts/catalog.ts";
import { standaloneSvg } from "../../../lib/charts/renderChart.ts";
import type { Chart } from "../../../lib/charts/types.ts";
import { perEdition } from "../../../lib/editionRoutes.ts";
import type { Edition } from "../../../lib/i18n/editionPaths.ts";
import { buildDate, getSiteModel } from "../../../lib/site.ts";

export function getStaticPaths() {
  return perEdition((edition) => chartSvgPaths(getSiteModel(edition).charts, buildDate()));
}

export const GET: APIRoute = ({ props }) => {
  const { chart, edition } = props as { chart: Chart; edition: Edition };
  const svg = getSiteModel(edition).svg(chart);
  return new Response(standaloneSvg(svg, chart.title, chart.finding), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

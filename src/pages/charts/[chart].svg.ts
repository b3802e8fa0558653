import type { APIRoute } from "astro";
import { chartPaths } from "../../lib/charts/catalog.ts";
import { standaloneSvg } from "../../lib/charts/renderChart.ts";
import type { Chart } from "../../lib/charts/types.ts";
import { getSiteModel } from "../../lib/site.ts";

export function getStaticPaths() {
  return chartPaths(getSiteModel().charts);
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: Chart };
  const svg = getSiteModel().svg(chart);
  return new Response(standaloneSvg(svg, chart.title, chart.finding), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

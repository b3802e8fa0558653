import type { APIRoute } from "astro";
import { chartPaths } from "../../lib/charts/catalog.ts";
import { chartCsv } from "../../lib/charts/chartCsv.ts";
import type { Chart } from "../../lib/charts/types.ts";
import { getDataset, getDerived } from "../../lib/site.ts";

export function getStaticPaths() {
  return chartPaths({ dataset: getDataset(), derived: getDerived() });
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: Chart };
  return new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { observationsTable, toCsv } from "../../../lib/share/downloads.ts";
import { pagePeriods } from "../../../lib/periods/timeline.ts";
import { getDataset, getDerived } from "../../../lib/site.ts";

/** One CSV per period page, with the comparison periods shown on that page. */
export const getStaticPaths = (() => {
  const dataset = getDataset();
  const all = [...dataset.observations, ...getDerived()];
  return pagePeriods(dataset).map((period) => {
    const shown = new Set([period.id, ...dataset.periods.filter((p) => p.companionOf === period.id).map((p) => p.id)]);
    return { params: { period: period.id }, props: { body: toCsv(observationsTable(dataset, all.filter((o) => shown.has(o.period)))) } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": "text/csv; charset=utf-8" } });

import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { pagePeriods, timeline } from "../lib/periods/timeline.ts";
import { REPORT_NAME } from "../lib/share/citation.ts";
import { getDataset, getDerived } from "../lib/site.ts";
import { paths, withBase } from "../lib/url.ts";
import { resolveSummary } from "../remark/resolveSummary.ts";

/** One item per period, newest first; the undated block comes last, as it has no place in time. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = getDataset();
  const dated = timeline(dataset).reverse();
  const periods = [...dated, ...pagePeriods(dataset).filter((p) => !dated.includes(p))];
  const context = { dataset, derived: getDerived(), base: import.meta.env.BASE_URL };
  const items = await Promise.all(
    periods.map(async (period) => {
      const narrative = await getEntry("narratives", period.id);
      return {
        title: narrative ? `${period.label}: ${narrative.data.title}` : period.label,
        link: new URL(withBase(paths.period(period.id)), site).href,
        description: narrative ? resolveSummary(narrative.data.summary, "period", period.id, context) : `Figures for ${period.label}.`,
      };
    }),
  );
  return rss({
    title: `${REPORT_NAME}: reporting periods`,
    description: "Each reporting period of Azerbaijan's State Migration Service, with its figures cited to source.",
    site: new URL(withBase(paths.home()), site).href,
    items,
  });
};

import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { getSiteModel } from "../lib/site.ts";
import { paths, withBase } from "../lib/url.ts";
import { feedView } from "../lib/views/feed.ts";
import type { NarrativeHead } from "../lib/views/periodPage.ts";
import { resolveSummary } from "../remark/resolveSummary.ts";

export const GET: APIRoute = async ({ site }) => {
  const model = getSiteModel();
  const heads = new Map<string, NarrativeHead>();
  for (const period of model.pagePeriods) {
    const narrative = await getEntry("narratives", period.id);
    if (narrative) heads.set(period.id, { title: narrative.data.title, summary: resolveSummary(narrative.data.summary, "period", period.id, { model, base: import.meta.env.BASE_URL }) });
  }
  const feed = feedView(model, heads);
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(withBase(paths.home()), site).href,
    items: feed.items.map((item) => ({ ...item, link: new URL(withBase(item.link), site).href })),
  });
};

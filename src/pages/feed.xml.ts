import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { getSiteModel } from "../lib/site.ts";
import { paths, withBase } from "../lib/url.ts";
import { feedView } from "../lib/views/feed.ts";
import { narrativeHeads } from "../lib/views/narrativeHeads.ts";

export const GET: APIRoute = async ({ site }) => {
  const model = getSiteModel();
  const entries = await Promise.all(model.pagePeriods.map(async (p) => [p.id, await getEntry("narratives", p.id)] as const));
  const feed = feedView(model, narrativeHeads(model, "period", entries, import.meta.env.BASE_URL));
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(withBase(paths.home()), site).href,
    items: feed.items.map((item) => ({ ...item, link: new URL(withBase(item.link), site).href })),
  });
};

import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { getSiteModel } from "../../lib/site.ts";
import { editionBase, paths, withBase } from "../../lib/url.ts";
import { editionPaths } from "../../lib/editionRoutes.ts";
import { inEdition, type Edition } from "../../lib/i18n/editionPaths.ts";
import { narrativeCollection } from "../../lib/narratives/folders.ts";
import { feedView } from "../../lib/views/feed.ts";
import { narrativeHeads } from "../../lib/views/narrativeHeads.ts";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { edition } = props as { edition: Edition };
  const model = getSiteModel(edition);
  const entries = await Promise.all(model.pagePeriods.map(async (p) => [p.id, await getEntry(narrativeCollection("period", edition), p.id)] as const));
  const feed = feedView(model, narrativeHeads(model, "period", entries, editionBase(edition)));
  const link = (path: string) => new URL(withBase(inEdition(edition, path)), site).href;
  return rss({
    title: feed.title,
    description: feed.description,
    site: link(paths.home()),
    items: feed.items.map(({ date, ...item }) => ({ ...item, link: link(item.link), pubDate: new Date(`${date}T00:00:00Z`) })),
    customData: `<language>${model.m.lang}</language>`,
  });
};

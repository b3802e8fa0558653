import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import type { NarrativeHead } from "./periodPage.ts";

export interface FeedView {
  title: string;
  description: string;
  /** Root-relative links; the endpoint makes them absolute. */
  items: { title: string; link: string; description: string }[];
}

/** The RSS feed: one item per period, newest first; the undated block last, as it has no place in time. */
export function feedView(model: SiteModel, heads: ReadonlyMap<string, NarrativeHead>): FeedView {
  const periods = [...[...model.timeline].reverse(), ...model.offTimeline];
  return {
    title: model.m.feed.title,
    description: model.m.feed.description,
    items: periods.map((period) => {
      const head = heads.get(period.id);
      return { title: head ? model.m.feed.itemTitle(period.label, head.title) : period.label, link: paths.period(period.id), description: head?.summary ?? model.m.feed.itemDescription(period.label) };
    }),
  };
}

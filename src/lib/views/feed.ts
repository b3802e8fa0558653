import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import type { NarrativeHead } from "./periodPage.ts";
import { revisionView } from "./revisionsPage.ts";

export interface FeedItem {
  title: string;
  /** Root-relative; the endpoint makes it absolute. */
  link: string;
  description: string;
  /** The day it was published in this report, YYYY-MM-DD. */
  date: string;
}

export interface FeedView {
  title: string;
  description: string;
  items: FeedItem[];
}

/**
 * The RSS feed: one item per period, dated the day it was first published in this report,
 * and one per revised figure, dated the day it changed; newest first. Items of one day keep
 * the periods' reading order (newest period first, the undated block last), revisions ahead.
 */
export function feedView(model: SiteModel, heads: ReadonlyMap<string, NarrativeHead>): FeedView {
  const { m } = model;
  const periods = [...[...model.timeline].reverse(), ...model.offTimeline];
  const revisions: FeedItem[] = model.revisions.map((r) => {
    const view = revisionView(model, r);
    return { title: m.feed.revisionTitle({ metric: view.figure.label, period: view.period }), link: view.figure.href, description: m.feed.revisionDescription({ old: view.old, now: view.now, kind: view.kind, reason: view.reason }), date: r.date };
  });
  const published: FeedItem[] = periods.map((period) => {
    const head = heads.get(period.id);
    return { title: head ? m.feed.itemTitle(period.label, head.title) : period.label, link: paths.period(period.id), description: head?.summary ?? m.feed.itemDescription(period.label), date: period.published };
  });
  return {
    title: m.feed.title,
    description: m.feed.description,
    items: [...revisions, ...published].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

import type { Period } from "../dataset/types.ts";
import { EDITIONS, inEdition, splitEditionPath } from "../i18n/editionPaths.ts";
import { editionMessages } from "../i18n/editions.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { withBase } from "../url.ts";

/**
 * The figures a page shows, by its path within an edition: a period page those of its period
 * and of the periods printed beside it, an indicator page its own, a year page those of the
 * year's periods; any other page (the lists, the data) all of them.
 */
function figuresOnPage(model: SiteModel, pagePath: string): { periods: readonly Period[]; metric?: string } {
  const [, kind, id] = pagePath.split("/");
  if (kind === "periods" && id && model.periods.find(id)) return { periods: model.shownOn(id) };
  if (kind === "indicators" && id && model.metrics.find(id)) return { periods: [...new Set(model.figures.ofMetric(id).map((f) => f.period))], metric: id };
  const year = kind === "years" && id ? model.years.find((y) => y.year === id) : undefined;
  if (year) return { periods: [...year.periods, ...year.companions] };
  return { periods: model.dataset.periods };
}

/** The latest day the figures a page shows changed in this report (YYYY-MM-DD), by its path within an edition. */
export function pageLastChange(model: SiteModel, pagePath: string): string {
  const { periods, metric } = figuresOnPage(model, pagePath);
  return model.lastChange(periods, metric);
}

interface SitemapEntry {
  url: string;
  lastmod?: string;
  links?: { url: string; lang: string }[];
}

/**
 * A sitemap entry (from @astrojs/sitemap, which finds the editions' alternates by their
 * path prefix) completed: the English page as the x-default alternate, and the day the
 * page's figures last changed as its lastmod.
 */
export function sitemapEntry(model: SiteModel, site: string, base: string, entry: SitemapEntry): SitemapEntry {
  const root = new URL(withBase("/", base), site).href;
  const [, pagePath] = splitEditionPath(`/${entry.url.slice(root.length)}`);
  const english = new URL(withBase(inEdition("en", pagePath), base), site).href;
  const links = entry.links && [...entry.links, { url: english, lang: "x-default" }];
  return { ...entry, lastmod: `${pageLastChange(model, pagePath)}T00:00:00.000Z`, ...(links ? { links } : {}) };
}

/** The editions as @astrojs/sitemap's i18n option names them: English at the root, the others by their prefix. */
export const SITEMAP_LOCALES = Object.fromEntries(EDITIONS.map((e) => [e, editionMessages(e).lang]));

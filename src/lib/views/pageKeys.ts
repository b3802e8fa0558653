import { pageKey } from "../cache/pageKey.ts";
import { chartKey, type Drawable } from "../charts/renderChart.ts";
import type { Metric, Period } from "../dataset/types.ts";
import type { Edition } from "../i18n/editionPaths.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { pdfLinksEnabled } from "../years/print.ts";
import type { YearPeriods } from "../years/yearPeriods.ts";
import { editionBase, paths } from "../url.ts";
import { commentaryElsewhere } from "./commentaryElsewhere.ts";
import { indicatorDatasetLd, periodDatasetLd } from "./datasetLd.ts";
import { indicatorView } from "./indicatorPages.ts";
import { narrativeHead, type NarrativeEntry } from "./narrativeHeads.ts";
import { periodView } from "./periodPage.ts";
import { yearView } from "./yearPages.ts";

/** A narrative as getEntry gives it: its front matter, and its body as rendered. */
type Narrative = NarrativeEntry & { rendered?: { html: string; metadata?: { headings?: { depth: number; slug: string; text: string }[] } } };

// The cacheKeys (src/lib/cache/pageKey.ts) of the pages with one entry per period, year and
// indicator: everything each page shows besides code and the build's date and settings.
// Each page reads nothing else; a page's links to other pages are made from ids it holds.

/** A period page (src/pages/[...edition]/periods/[id].astro): its narrative as rendered, its view, its JSON-LD, and which editions hold the commentary it lacks. */
export function periodPageKey(model: SiteModel, period: Period, narrative: Narrative | undefined, edition: Edition): string {
  const head = narrative && narrativeHead(model, "period", period.id, narrative, editionBase(edition));
  return pageKey(
    edition,
    period.id,
    narrative?.rendered?.html,
    narrative?.data,
    keyedCharts(periodView(model, period, head)),
    periodDatasetLd(model, period, (path) => path),
    narrative ? [] : commentaryElsewhere("period", period.id, paths.period(period.id), edition),
  );
}

/** An indicator page (src/pages/[...edition]/indicators/[metric].astro): the metric, its view and its JSON-LD. */
export function indicatorPageKey(model: SiteModel, metric: Metric, edition: Edition): string {
  return pageKey(edition, metric, keyedCharts(indicatorView(model, metric)), indicatorDatasetLd(model, metric, (path) => path));
}

/** A year page (src/pages/[...edition]/years/[year].astro): its summary as rendered, its view, whether it links its PDF, and which editions hold the summary it lacks. */
export function yearPageKey(model: SiteModel, periods: YearPeriods, summary: Narrative | undefined, edition: Edition): string {
  const { year } = periods;
  const head = summary && narrativeHead(model, "year", year, summary, editionBase(edition));
  return pageKey(
    edition,
    year,
    summary?.rendered?.html,
    summary?.data,
    keyedCharts(yearView(model, periods, head, summary?.rendered?.metadata?.headings)),
    pdfLinksEnabled(),
    summary ? [] : commentaryElsewhere("year", year, paths.year(year), edition),
  );
}

/**
 * `view` with each chart in it (anything with Plot options) given by its key instead, which
 * each chart makes once (chartKey) and which its page, its files and this key all ask for.
 */
export function keyedCharts(view: unknown): unknown {
  if (Array.isArray(view)) return view.map(keyedCharts);
  if (view === null || typeof view !== "object" || Object.getPrototypeOf(view) !== Object.prototype) return view;
  if ("plot" in view) {
    const { plot: _, ...rest } = view as Drawable;
    return { ...(keyedCharts(rest) as object), drawing: chartKey(view as Drawable) };
  }
  return Object.fromEntries(Object.entries(view).map(([field, value]) => [field, keyedCharts(value)]));
}

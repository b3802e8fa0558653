import { pageKey } from "../cache/pageKey.ts";
import type { Period } from "../dataset/types.ts";
import type { Edition } from "../i18n/editionPaths.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { editionBase, paths } from "../url.ts";
import { commentaryElsewhere } from "./commentaryElsewhere.ts";
import { periodDatasetLd } from "./datasetLd.ts";
import { narrativeHead, type NarrativeEntry } from "./narrativeHeads.ts";
import { periodView, type PeriodView } from "./periodPage.ts";
import { chartKey } from "../charts/renderChart.ts";

/**
 * The cacheKey of a period page: everything it shows besides code and the build's date and
 * settings. That is its narrative as rendered, its view (figures, charts, notices, notes,
 * neighbours), its JSON-LD, and which editions hold the commentary it lacks. The page
 * (src/pages/[...edition]/periods/[id].astro) reads nothing else.
 */
export function periodPageKey(model: SiteModel, period: Period, narrative: (NarrativeEntry & { rendered?: { html: string } }) | undefined, edition: Edition): string {
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

/** The view with each chart's Plot options given by their key, which each chart makes once (chartKey). */
function keyedCharts(view: PeriodView) {
  return { ...view, charts: view.charts.map((chart) => ({ ...Object.fromEntries(Object.entries(chart).filter(([field]) => field !== "plot")), drawing: chartKey(chart) })) };
}

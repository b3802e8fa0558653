import { pageKey } from "../cache/pageKey.ts";
import type { Period } from "../dataset/types.ts";
import type { Edition } from "../i18n/editionPaths.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { editionBase, paths } from "../url.ts";
import { commentaryElsewhere } from "./commentaryElsewhere.ts";
import { periodDatasetLd } from "./datasetLd.ts";
import { narrativeHead, type NarrativeEntry } from "./narrativeHeads.ts";
import { periodView } from "./periodPage.ts";

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
    periodView(model, period, head),
    periodDatasetLd(model, period, (path) => path),
    narrative ? [] : commentaryElsewhere("period", period.id, paths.period(period.id), edition),
  );
}

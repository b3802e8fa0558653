import type { Period } from "../dataset/types.ts";
import { formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import { keyIndicatorsView, type KeyIndicatorsView } from "./keyIndicators.ts";
import { latestChangesView, type LatestChangesView } from "./latestChanges.ts";
import type { NarrativeHead } from "./periodPage.ts";
import { periodsByYear, type YearOfPeriods } from "./periodList.ts";

export interface HomeView {
  figures: string;
  periods: string;
  first: string;
  /** The latest period on the time axis, with its narrative's headline and summary where it has one. */
  latest: { label: string; href: string; headline?: NarrativeHead };
  keyIndicators?: KeyIndicatorsView;
  changes: LatestChangesView;
  years: YearOfPeriods[];
  /** Periods with a page but no place in time. */
  undated: { label: string; href: string }[];
}

/** The home page: the latest period, the key indicators month by month, what the latest period added, every period by year. */
export function homeView(model: SiteModel, narrative?: NarrativeHead): HomeView {
  const latest: Period = model.timeline.at(-1)!;
  return {
    figures: formatNumber(model.dataset.observations.length, model.m),
    periods: formatNumber(model.pagePeriods.length, model.m),
    first: model.timeline[0]!.label,
    latest: { label: latest.label, href: paths.period(latest.id), headline: narrative },
    keyIndicators: keyIndicatorsView(model),
    changes: latestChangesView(model, latest),
    years: periodsByYear(model),
    undated: model.offTimeline.map((p) => ({ label: p.label, href: paths.period(p.id) })),
  };
}

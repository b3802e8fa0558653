import type { Dataset } from "../lib/dataset/types.ts";
import { nearestIds } from "../lib/dataset/validate.ts";
import { pagePeriods } from "../lib/periods/timeline.ts";
import { yearsCovered } from "../lib/years/yearPeriods.ts";
import type { NarrativeKind } from "../lib/narratives/folders.ts";

/**
 * What a narrative file is about: a period narrative (content/periods/<id>.md) defaults to
 * its period and links to figures on its own page; a year summary (content/years/<yyyy>.md)
 * defaults to the full-year period where the SMS published one, and links to period pages.
 */
export interface NarrativeTarget {
  defaultPeriod?: string;
  pagePeriod?: string;
}

/** The target of the narrative `name` (its file name without .md), or why it has none. */
export function narrativeTarget(kind: NarrativeKind, name: string, dataset: Pick<Dataset, "periods">): NarrativeTarget | string {
  if (kind === "year") {
    const years = yearsCovered(dataset);
    if (!years.includes(name))
      return /^\d{4}$/.test(name)
        ? `the data have no period in ${name}, so there is no year page for this summary: name it after a year with data (${years.join(", ")}), or add the year's figures first`
        : `the year summary is named after no year: name it <yyyy>.md after a year with data (${years.join(", ")})`;
    return { defaultPeriod: dataset.periods.some((p) => p.id === name) ? name : undefined };
  }
  const period = dataset.periods.find((p) => p.id === name);
  if (period && !pagePeriods(dataset).includes(period))
    return `period "${name}" has no page of its own${period.companionOf ? ` (its figures are shown on the page of ${period.companionOf})` : ""}: write about it in that page's narrative instead`;
  if (!period) return `the narrative is named after no period: name it <period id>.md after a period of periods.yaml (nearest: ${nearestIds(name, pagePeriods(dataset).map((p) => p.id)).join(", ")})`;
  return { defaultPeriod: name, pagePeriod: name };
}

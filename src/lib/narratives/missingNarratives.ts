import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { EDITIONS, type Edition } from "../i18n/editionPaths.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { narrativeFolders, type NarrativeKind } from "./folders.ts";

/** The editions that have a narrative for this period page or year, in the order of EDITIONS. */
export function narrativeEditions(kind: NarrativeKind, name: string): Edition[] {
  return EDITIONS.filter((edition) => existsSync(join(narrativeFolders(edition)[kind], `${name}.md`)));
}

/**
 * A warning for every page that has a narrative in some edition but not in another (a period
 * just ingested, say): the page still builds in every edition, and says where the commentary is.
 */
export function missingNarratives(models: ReadonlyMap<Edition, SiteModel>, displayRoot: string = process.cwd()): string[] {
  const en = models.get("en")!;
  const pages: [NarrativeKind, string][] = [...en.pagePeriods.map((p) => ["period", p.id] as [NarrativeKind, string]), ...en.years.map((y) => ["year", y.year] as [NarrativeKind, string])];
  return pages.flatMap(([kind, name]) => {
    const have = narrativeEditions(kind, name);
    if (have.length === 0) return [];
    return EDITIONS.filter((e) => !have.includes(e)).map(
      (edition) => `warning: ${relative(displayRoot, join(narrativeFolders(edition)[kind], `${name}.md`))}: no ${models.get(edition)!.m.site.languageName} narrative yet (there is one in ${have.join(", ")}); the page shows its figures and links the commentary in those languages`,
    );
  });
}

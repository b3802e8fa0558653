import { EDITIONS, inEdition, type Edition } from "../i18n/editionPaths.ts";
import type { Messages } from "../i18n/messages.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

export interface NotFoundSection {
  edition: Edition;
  lang: string;
  w: Messages["pages"]["notFound"];
  /** The example of an address, in the edition: "/az/periods/2024-11/". */
  example: string;
  /** Site paths in the edition, without the deploy base. */
  periods: string;
  latest: { label: string; href: string };
  home: string;
}

/** The one 404 page: what to say in each edition, and where to go from there in it. */
export function notFoundView(modelOf: (edition: Edition) => SiteModel): NotFoundSection[] {
  return EDITIONS.map((edition) => {
    const model = modelOf(edition);
    const latest = model.timeline.at(-1)!;
    const w = model.m.pages.notFound;
    return {
      edition,
      lang: model.m.lang,
      w,
      example: inEdition(edition, w.example),
      periods: inEdition(edition, paths.periods()),
      latest: { label: latest.label, href: inEdition(edition, paths.period(latest.id)) },
      home: inEdition(edition, paths.home()),
    };
  });
}

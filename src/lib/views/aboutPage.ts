import type { SiteModel } from "../model/siteModel.ts";
import { figureTables, type FigureTable } from "../periods/figureTables.ts";
import { paths } from "../url.ts";

export interface AboutView {
  founded: { date: string; instrument: string; source: { href: string; short: string }; line: number };
  /** The Service's own figures (its profile), one set of tables per profile period. */
  profile: { document: string; tables: FigureTable[] }[];
}

export function aboutView(model: SiteModel): AboutView {
  const { founded } = model.dataset.institution;
  const document = model.documents.get(founded.document);
  return {
    founded: { date: founded.date, instrument: founded.instrument, source: { href: paths.source(document.id), short: document.short }, line: founded.line },
    profile: model.dataset.periods.filter((p) => p.institutional).map((period) => ({ document: period.document, tables: figureTables(model.dataset, [period]) })),
  };
}

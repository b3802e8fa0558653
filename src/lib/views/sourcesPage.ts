import { documentSummaries } from "../audit/documentSummary.ts";
import type { SourceDocument } from "../dataset/types.ts";
import { formatNumber } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { periodPagePath } from "../periods/figureLocation.ts";

export interface SourceDocumentView {
  document: SourceDocument;
  numbers: string;
  observations: string;
  omitted: string;
  periods: { label: string; href: string }[];
}

/** /sources/: each document, what the dataset takes from it and what it leaves out. */
export function sourcesView(model: SiteModel): SourceDocumentView[] {
  const w = model.m.pages.sources;
  return documentSummaries(model.dataset).map(({ document, observations, omissions, omissionsByReason, periods }) => ({
    document,
    numbers: model.m.terms.numberFormats[document.numberFormat],
    observations: formatNumber(observations, model.m),
    omitted: w.omitted(formatNumber(omissions, model.m), omissionsByReason.map((r) => w.reason(model.m.terms.omissionReasons[r.reason], formatNumber(r.count, model.m))).join("; ")),
    periods: periods.map((p) => ({ label: p.label, href: periodPagePath(p) })),
  }));
}

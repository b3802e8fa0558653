import { documentSummaries } from "../audit/documentSummary.ts";
import type { SourceDocument } from "../dataset/types.ts";
import { NUMBER_FORMAT_LABELS, OMISSION_REASON_LABELS, formatNumber } from "../format.ts";
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
  return documentSummaries(model.dataset).map(({ document, observations, omissions, omissionsByReason, periods }) => ({
    document,
    numbers: NUMBER_FORMAT_LABELS[document.numberFormat],
    observations: formatNumber(observations),
    omitted: `${formatNumber(omissions)}${omissionsByReason.length > 0 ? ` (${omissionsByReason.map((r) => `${OMISSION_REASON_LABELS[r.reason]}: ${r.count}`).join("; ")})` : ""}`,
    periods: periods.map((p) => ({ label: p.label, href: periodPagePath(p) })),
  }));
}

import type { Dataset, OmissionReason, Period, SourceDocument } from "../dataset/types.ts";

export interface DocumentSummary {
  document: SourceDocument;
  observations: number;
  omissions: number;
  omissionsByReason: { reason: OmissionReason; count: number }[];
  periods: Period[];
}

/** What the dataset takes from each source document and what it leaves out, and why. */
export function documentSummaries(dataset: Pick<Dataset, "documents" | "observations" | "omissions" | "periods">): DocumentSummary[] {
  return dataset.documents.map((document) => {
    const omitted = dataset.omissions.filter((o) => o.document === document.id);
    const reasons = [...new Set(omitted.map((o) => o.reason))];
    return {
      document,
      observations: dataset.observations.filter((o) => o.document === document.id).length,
      omissions: omitted.length,
      omissionsByReason: reasons.map((reason) => ({ reason, count: omitted.filter((o) => o.reason === reason).length })),
      periods: dataset.periods.filter((p) => p.document === document.id),
    };
  });
}

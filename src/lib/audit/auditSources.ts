import { NUMBER_TOKEN } from "../numbers.ts";
import { lineCount } from "../sourceText.ts";
import type { Citation, Dataset } from "../dataset/types.ts";

export interface SourceToken extends Citation {
  token: string;
}

export interface AuditReport {
  /** Number tokens in the texts that no observation or omission accounts for. */
  unaccounted: SourceToken[];
  /** Observations and omissions whose token is not on the line they cite. */
  unmatched: (SourceToken & { from: "observation" | "omission" })[];
  /** Source documents the dataset names but the folder lacks. */
  missingDocuments: string[];
  /** Documents whose text has another number of lines than documents.yaml records. */
  wrongLineCounts: { document: string; recorded: number; actual: number }[];
  tokens: number;
  observationsByDocument: Map<string, number>;
  omissionsByReason: Map<string, number>;
}

/** Every number token of a text, with its 1-based line. */
export function numberTokens(text: string): { line: number; token: string }[] {
  return text.split(/\r?\n/).flatMap((content, index) => [...content.matchAll(NUMBER_TOKEN)].map((m) => ({ line: index + 1, token: m[0] })));
}

/**
 * Checks that each number token in the source texts is claimed exactly once, by an
 * observation (its `raw`) or by an omission, on the line they cite. `texts` maps
 * document ids to the full text of the document.
 */
export function auditSources(dataset: Pick<Dataset, "documents" | "observations" | "omissions">, texts: ReadonlyMap<string, string>): AuditReport {
  const open = new Map<string, number>();
  const keyOf = (t: SourceToken) => `${t.document}\u0000${t.line}\u0000${t.token}`;
  const found: SourceToken[] = [];
  for (const doc of dataset.documents) {
    const text = texts.get(doc.id);
    if (text === undefined) continue;
    for (const t of numberTokens(text)) {
      const token = { document: doc.id, ...t };
      found.push(token);
      open.set(keyOf(token), (open.get(keyOf(token)) ?? 0) + 1);
    }
  }

  const unmatched: AuditReport["unmatched"] = [];
  const claim = (token: SourceToken, from: "observation" | "omission") => {
    if (!texts.has(token.document)) return;
    const left = open.get(keyOf(token)) ?? 0;
    if (left === 0) unmatched.push({ ...token, from });
    else open.set(keyOf(token), left - 1);
  };
  for (const o of dataset.observations) claim({ document: o.document, line: o.line, token: o.raw }, "observation");
  for (const o of dataset.omissions) claim(o, "omission");

  const unaccounted = found.filter((t) => {
    const left = open.get(keyOf(t)) ?? 0;
    if (left === 0) return false;
    open.set(keyOf(t), left - 1);
    return true;
  });

  const observationsByDocument = new Map<string, number>();
  for (const o of dataset.observations) observationsByDocument.set(o.document, (observationsByDocument.get(o.document) ?? 0) + 1);
  const omissionsByReason = new Map<string, number>();
  for (const o of dataset.omissions) omissionsByReason.set(o.reason, (omissionsByReason.get(o.reason) ?? 0) + 1);

  return {
    unaccounted,
    unmatched,
    missingDocuments: dataset.documents.filter((d) => !texts.has(d.id)).map((d) => d.id),
    wrongLineCounts: dataset.documents
      .filter((d) => texts.has(d.id) && lineCount(texts.get(d.id)!) !== d.lines)
      .map((d) => ({ document: d.id, recorded: d.lines, actual: lineCount(texts.get(d.id)!) })),
    tokens: found.length,
    observationsByDocument,
    omissionsByReason,
  };
}

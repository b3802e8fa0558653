import { csvFormatRows, csvParseRows } from "d3-dsv";
import type { RevisionKind } from "../dataset/types.ts";
import type { ComparedBulletin } from "./compareWithDataset.ts";

export interface DatasetTexts {
  observations: string;
  omissions: string;
  periods: string;
  revisions: string;
}

export interface ApplyOptions {
  /** The day of the ingest, YYYY-MM-DD: a new period's first publication, a revision's date. */
  date: string;
  /** Replace changed figures, each with its entry in revisions.csv; without it they are refused. */
  replace?: { kind: RevisionKind; reason: string };
}

export interface ApplyResult {
  texts: DatasetTexts;
  added: number;
  replaced: number;
  /** Changed figures left as they were, because replacing was not asked for. */
  refused: { period: string; metric: string; line: number; old: number; value: number }[];
}

const row = (cells: (string | number)[]) => csvFormatRows([cells.map(String)]);

function periodEntry(b: ComparedBulletin, document: string, published: string): string {
  const p = b.bulletin.period;
  const lines = [
    `- id: ${p.id}`,
    `  label: ${JSON.stringify(p.label)}`,
    `  kind: ${p.kind}`,
    ...(p.start ? [`  start: ${p.start}`, `  end: ${p.end}`] : []),
    `  document: ${document}`,
    `  lines: ${b.bulletin.from}-${b.bulletin.to}`,
    `  source_label: ${JSON.stringify(p.sourceLabel)}`,
    `  published: ${published}`,
    ...(p.flags.length ? [`  flags: [${p.flags.join(", ")}]`] : []),
  ];
  return `\n${lines.join("\n")}\n`;
}

/**
 * The dataset files with the ingested bulletins written in: new periods appended to
 * periods.yaml (first published on `date`), new figures and the numbers they leave out
 * appended with their citations, and changed figures replaced only when `replace` is set,
 * each replacement recorded in revisions.csv with its kind and reason. Pure: it returns
 * texts and leaves writing them (after validation) to the caller.
 */
export function applyIngest(current: DatasetTexts, compared: readonly ComparedBulletin[], document: string, options: ApplyOptions): ApplyResult {
  const { date, replace } = options;
  const result: ApplyResult = { texts: { ...current }, added: 0, replaced: 0, refused: [] };
  const end = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  let observations = end(current.observations).split("\n");
  let omissions = end(current.omissions);
  let periods = current.periods;
  let revisions = end(current.revisions);

  for (const b of compared) {
    const period = b.bulletin.period.id;
    if (!b.periodExists) periods = `${end(periods)}${periodEntry(b, document, date)}`;
    for (const f of b.figures) {
      const cells = [period, f.metric, f.value, f.raw, document, f.line, "", ""];
      if (f.status === "new") {
        observations.splice(observations.length - 1, 0, row(cells));
        result.added++;
      } else if (f.status === "changed") {
        if (!replace) {
          result.refused.push({ period, metric: f.metric, line: f.line, old: f.existing!.value, value: f.value });
          continue;
        }
        observations = observations.map((l) => (l.startsWith(`${period},${f.metric},`) ? row(cells) : l));
        revisions += `${row([period, f.metric, f.existing!.value, f.value, date, replace.kind, replace.reason, document, f.line])}\n`;
        result.replaced++;
      }
    }
    // An omission is the same whatever its note says: its document, line and token.
    const present = new Set(csvParseRows(omissions).map(([doc, line, token]) => `${doc},${line},${token}`));
    for (const o of b.bulletin.omissions) {
      const key = `${document},${o.line},${o.token}`;
      if (present.has(key) || !b.figures.some((f) => f.status !== "unchanged")) continue;
      present.add(key);
      omissions += `${row([document, o.line, o.token, o.reason, o.note])}\n`;
    }
  }
  result.texts = { observations: observations.join("\n"), omissions, periods, revisions: result.replaced > 0 ? revisions : current.revisions };
  return result;
}

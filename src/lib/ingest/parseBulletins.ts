import { NUMBER_TOKEN, parseRawNumber } from "../numbers.ts";
import type { PeriodKind } from "../dataset/types.ts";
import { parsePeriodName, type NamedPeriod } from "./periodNames.ts";
import { CLOSING_LINES, HEADINGS, PHRASINGS } from "./phrasings.ts";

export interface IngestedFigure {
  metric: string;
  value: number;
  raw: string;
  line: number;
}

export interface IngestedOmission {
  token: string;
  line: number;
  reason: "period-label" | "legal-reference";
  note: string;
}

export interface IngestedPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  start?: string;
  end?: string;
  /** How the closing lines name the period, as printed. */
  sourceLabel: string;
  flags: ("duplicate-label" | "unknown-period")[];
}

export interface ParsedBulletin {
  period: IngestedPeriod;
  from: number;
  to: number;
  figures: IngestedFigure[];
  omissions: IngestedOmission[];
}

export interface IngestProblem {
  line: number;
  text: string;
  message: string;
}

export interface ParseResult {
  bulletins: ParsedBulletin[];
  problems: IngestProblem[];
}

interface OpenBlock {
  from: number;
  to: number;
  figures: IngestedFigure[];
  omissions: IngestedOmission[];
  closing: { name: string; line: number }[];
}

const UNLABELED: IngestedPeriod = { id: "unlabeled", label: "Undated block", kind: "unknown", sourceLabel: "the reporting period", flags: ["unknown-period"] };

/**
 * Reads bulletin text in the layout of the SMS monthly bulletins: bulletins newest first,
 * each named by the two lines that close it, optionally preceded by a block that names no
 * period. Every line with a number is either mapped to metrics or reported as a problem.
 */
export function parseBulletins(text: string): ParseResult {
  const lines = text.split(/\r?\n/);
  const bulletins: ParsedBulletin[] = [];
  const problems: IngestProblem[] = [];
  let block: OpenBlock = { from: 1, to: 1, figures: [], omissions: [], closing: [] };

  const figure = (raw: string, metric: string, line: number, content: string) => {
    const value = parseRawNumber(raw, "grouped-any");
    if (value === null) problems.push({ line, text: content, message: `"${raw}" is not a number as the bulletins write them (27328, 827,352 or 747.107)` });
    else block.figures.push({ metric, value, raw, line });
  };

  const close = (end: number) => {
    if (block.figures.length === 0 && block.closing.length === 0) return;
    block.to = end;
    if (block.closing.length === 0) {
      // Only the block that opens the text may lack a period; anywhere else it is a broken bulletin.
      if (bulletins.length > 0)
        problems.push({ line: block.from, text: lines[block.from - 1] ?? "", message: "this bulletin has no closing lines naming its period (During <period>, N calls …)" });
      else bulletins.push({ period: { ...UNLABELED }, from: block.from, to: end, figures: block.figures, omissions: block.omissions });
      return;
    }
    const named = block.closing.map((c) => ({ ...c, period: parsePeriodName(c.name) }));
    const unknown = named.find((c) => !c.period);
    if (unknown) {
      problems.push({ line: unknown.line, text: lines[unknown.line - 1] ?? "", message: `unknown period name "${unknown.name}": use e.g. "November of 2024", "9 months of 2024", "6 months of 2024" or "2023"` });
      return;
    }
    const ids = new Set(named.map((c) => c.period!.id));
    if (ids.size > 1) {
      problems.push({ line: named[1]!.line, text: lines[named[1]!.line - 1] ?? "", message: `the closing lines name different periods (${[...ids].join(" and ")})` });
      return;
    }
    const period: NamedPeriod = named[0]!.period!;
    for (const c of named) for (const token of period.tokens) block.omissions.push({ token, line: c.line, reason: "period-label", note: "part of the period name in a closing line" });
    bulletins.push({
      period: { id: period.id, label: period.label, kind: period.kind, start: period.start, end: period.end, sourceLabel: named[0]!.name, flags: [] },
      from: block.from,
      to: end,
      figures: block.figures,
      omissions: block.omissions,
    });
  };

  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    if (trimmed === "") return;
    if (HEADINGS.some((h) => h.test(trimmed))) {
      // A heading opens the next bulletin once the current one has figures.
      if (/^Legal migration$/i.test(trimmed) && (block.figures.length > 0 || block.closing.length > 0)) {
        close(line - 1);
        block = { from: line, to: line, figures: [], omissions: [], closing: [] };
      }
      return;
    }
    const tokens = [...trimmed.matchAll(NUMBER_TOKEN)].map((m) => m[0]);
    const closing = CLOSING_LINES.map((c) => ({ c, m: c.pattern.exec(trimmed) })).find((x) => x.m);
    if (closing) {
      block.closing.push({ name: closing.m![1]!, line });
      figure(closing.m![2]!, closing.c.metric, line, trimmed);
      if (block.closing.length === CLOSING_LINES.length) {
        close(line);
        block = { from: line + 1, to: line + 1, figures: [], omissions: [], closing: [] };
      }
      return;
    }
    const phrasing = PHRASINGS.map((p) => ({ p, m: p.pattern.exec(trimmed) })).find((x) => x.m);
    if (!phrasing) {
      problems.push({ line, text: trimmed, message: tokens.length > 0 ? "this line names a number that no known phrasing maps to a metric" : "this line was not understood" });
      return;
    }
    const captured = phrasing.m!.slice(1).filter((g) => g !== undefined);
    const raws = captured.length > 0 ? captured : [tokens.at(-1)!];
    phrasing.p.metrics.forEach((metric, i) => figure(raws[i]!, metric, line, trimmed));
    const accounted = [...raws];
    for (const other of phrasing.p.notFigures ?? [])
      for (const token of tokens.filter((t) => other.token.test(t))) {
        block.omissions.push({ token, line, reason: other.reason, note: other.note });
        accounted.push(token);
      }
    const left = [...tokens];
    for (const t of accounted) left.splice(left.indexOf(t), 1);
    if (left.length > 0) problems.push({ line, text: trimmed, message: `number(s) ${left.join(", ")} on this line are not mapped to any metric` });
  });
  close(lines.length);

  // Two bulletins with the same label are kept apart, in file order, and flagged.
  const seen = new Map<string, ParsedBulletin[]>();
  for (const b of bulletins) seen.set(b.period.id, [...(seen.get(b.period.id) ?? []), b]);
  for (const group of seen.values()) {
    if (group.length < 2) continue;
    group.forEach((b, i) => {
      b.period = { ...b.period, id: `${b.period.id}-${String.fromCharCode(97 + i)}`, label: `${b.period.label} (${["first", "second", "third", "fourth"][i] ?? `no. ${i + 1}`} bulletin)`, flags: [...b.period.flags, "duplicate-label"] };
    });
  }
  return { bulletins, problems };
}

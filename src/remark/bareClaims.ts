/**
 * The narrative check's guard against claims written bare: in a sentence that cites a figure
 * or a period, a word that says how figures compare (CLAIM_WORDS) must be inside a `:claim`
 * that tests it, or be one of the few allowed phrasings. Headlines are held to it throughout,
 * since a headline speaks of the period's figures as a whole.
 */
import type { Nodes, Root } from "mdast";
import type { Point } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { CLAIM_WORDS, type ClaimVocabulary } from "./claimWords.ts";

/** A run of text as the reader sees it, or a reference that makes its sentence one about the data. */
type Piece = { text: string; start: Point } | { reference: true };

const SENTENCE_END = /[.!?](?=\s|$)/g;
const WORD = /[\p{L}’'-]+/gu;

/** The inline content of a block in reading order; the words inside a `:claim` are left out (they are guarded). */
function pieces(node: Nodes, into: Piece[] = []): Piece[] {
  if (node.type === "text" && node.position) into.push({ text: node.value, start: node.position.start });
  else if (node.type === "textDirective") {
    if (node.name !== "claim") into.push({ reference: true });
  } else if ("children" in node) for (const child of node.children) pieces(child as Nodes, into);
  return into;
}

/** Where `offset` characters into a text that starts at `start` fall in the file. */
function pointAt(start: Point, text: string, offset: number): Point {
  const before = text.slice(0, offset).split("\n");
  return before.length === 1 ? { line: start.line, column: start.column + offset } : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

interface Sentence {
  words: { word: string; at: Point; index: number }[];
  text: string;
  cites: boolean;
}

/** The block's sentences, each with its words (outside claims), their places, and whether it cites anything. */
function sentences(block: Nodes): Sentence[] {
  const done: Sentence[] = [];
  let current: Sentence = { words: [], text: "", cites: false };
  for (const piece of pieces(block)) {
    if ("reference" in piece) {
      current.cites = true;
      current.text += " \u0000 ";
      continue;
    }
    let from = 0;
    const ends = [...piece.text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
    for (const end of new Set([...ends, piece.text.length])) {
      const part = piece.text.slice(from, end);
      for (const m of part.matchAll(WORD))
        current.words.push({ word: lower(m[0]), at: pointAt(piece.start, piece.text, from + m.index), index: current.text.length + m.index });
      current.text += part;
      if (end !== piece.text.length || ends.includes(end)) {
        done.push(current);
        current = { words: [], text: "", cites: false };
      }
      from = end;
    }
  }
  done.push(current);
  return done;
}

/** Adds a message to `file` for every claim word written bare; `headline` holds every sentence to it. */
export function reportBareClaims(tree: Root, file: VFile, { headline = false, vocabulary = CLAIM_WORDS.en }: { headline?: boolean; vocabulary?: ClaimVocabulary } = {}): void {
  const words = new Set(vocabulary.words);
  const stems = vocabulary.stems ?? [];
  visit(tree, (node: Nodes) => {
    if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") return;
    for (const sentence of sentences(node)) {
      if (!sentence.cites && !headline) continue;
      const lowered = lower(sentence.text);
      const allowed = vocabulary.allowed.flatMap(({ phrase }) => [...lowered.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, "gu"))].map((m) => [m.index, m.index + phrase.length] as const));
      for (const { word, at, index } of sentence.words) {
        const claims = words.has(word) || stems.some((stem) => word.startsWith(stem));
        if (!claims || allowed.some(([from, to]) => index >= from && index < to)) continue;
        file.message(
          `"${word}" says how figures compare, but nothing checks it: put it in a claim the build tests, e.g. :claim[${word}]{is=… of=<metric> …} (see src/remark/claimGuards.ts), or let :change / :diff say it`,
          { start: at, end: { line: at.line, column: at.column + word.length } },
        );
      }
    }
    return "skip";
  });
}

/**
 * Lower case, letter for letter: "İ" lowers to two code units ("i̇"), which would shift every
 * position after it and misplace the allowed phrasings of an Azerbaijani sentence.
 */
function lower(text: string): string {
  return [...text]
    .map((c) => {
      const lowered = c.toLowerCase();
      return lowered.length === c.length ? lowered : lowered[0];
    })
    .join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

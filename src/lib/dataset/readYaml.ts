import { LineCounter, isMap, isSeq, parseDocument, type Node } from "yaml";
import { DatasetError } from "./DatasetError.ts";

/** One entry of a YAML list, with the lines its fields sit on so errors can point at them. */
export interface LocatedEntry {
  value: unknown;
  line: number;
  lineOf(field: string): number;
}

function lineOfNode(node: Node | null | undefined, counter: LineCounter, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : counter.linePos(offset).line;
}

/** Parses `text` and returns the whole document, or throws a DatasetError at the faulty line. */
export function parseYamlDocument(text: string, file: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const [error] = doc.errors;
  if (error) {
    throw new DatasetError([
      {
        file,
        line: error.linePos?.[0].line ?? 0,
        message: `this is not valid YAML (${error.message.split("\n")[0]})`,
        fix: "check indentation, the colon after each key, and quotes around text that holds a colon or '#'",
      },
    ]);
  }
  return { doc, counter };
}

/**
 * The entries of the list found at `key` (or of the top-level list when `key` is omitted),
 * each with the line it starts on.
 */
export function readYamlList(text: string, file: string, key?: string, optional = false): LocatedEntry[] {
  const { doc, counter } = parseYamlDocument(text, file);
  const listNode = key === undefined ? doc.contents : doc.get(key, true);
  if (optional && listNode === undefined) return [];
  if (!isSeq(listNode)) {
    const what = key === undefined ? "the file" : `"${key}"`;
    throw new DatasetError([
      { file, line: 0, message: `${what} should be a list of entries`, fix: `write ${what} as a YAML list ("- id: ...")` },
    ]);
  }
  return listNode.items.map((item) => {
    const line = lineOfNode(item as Node, counter, 0);
    return {
      value: (item as Node).toJSON(),
      line,
      lineOf(field: string) {
        if (!isMap(item)) return line;
        const pair = item.items.find((p) => (p.key as { value?: unknown } | null)?.value === field);
        return lineOfNode(pair?.key as Node | undefined, counter, line);
      },
    };
  });
}

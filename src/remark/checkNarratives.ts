import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { CONTROL_CHARACTERS } from "../lib/escape.ts";
import type { NarrativeKind } from "../lib/narratives/folders.ts";
import { FrontMatterError, narrativeFrontMatter, splitNarrative } from "../lib/narratives/frontMatter.ts";
import { resolveFigureDirectives, type FigureContext } from "./figureDirectives.ts";
import type { Edition } from "../lib/i18n/editionPaths.ts";
import { reportBareClaims } from "./bareClaims.ts";
import { CLAIM_WORDS } from "./claimWords.ts";
import { NARRATIVE_MAX_BYTES, NARRATIVE_WORDS, reportMarkup, wordCount } from "./narrativeRules.ts";
import { narrativeTarget, type NarrativeTarget } from "./narrativeTarget.ts";
import type { RenderingDigests } from "../lib/narratives/renderingDigests.ts";

const parser = unified().use(remarkParse).use(remarkDirective);

/** The Markdown of `file`, checked: every problem is added to `file`, none is thrown. */
function checkedTree(file: VFile, target: NarrativeTarget, context: FigureContext, headline = false): Root {
  const tree = parser.parse(file);
  reportMarkup(tree, file);
  reportBareClaims(tree, file, { headline, vocabulary: CLAIM_WORDS[context.model.m.lang as Edition] });
  resolveFigureDirectives(tree, file, target, context);
  return tree;
}

/** Why a file in a narratives folder cannot be a narrative, or undefined when its name is fine. */
function misnamed(name: string, isFile: boolean): string | undefined {
  if (!isFile) return `is a folder: narratives sit directly in their folder, one file each`;
  if (/^[a-z0-9-]+\.md$/.test(name)) return undefined;
  const base = name.replace(/\.[^.]*$/, "").toLowerCase();
  return `is not a narrative file: narratives are lower-case .md files; rename it ${base}.md (or move it out of this folder)`;
}

/**
 * Checks every narrative of `kind` in `dir` before the site is built: file names, size, front matter,
 * what the text may hold, figure references in the summary and the body, and length.
 * Returns every problem found (not only the first of each file) as
 * "file:line:column: problem: fix"; Astro itself would only log these and carry on.
 * Each body, once resolved, goes into `renderings`, if given, for Astro's loader.
 * Hidden files (an editor's swap files, a desktop's folder settings) are left alone.
 */
export function checkNarratives(dir: string, kind: NarrativeKind, context: FigureContext, displayRoot = process.cwd(), renderings?: RenderingDigests): string[] {
  const problems: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const shown = relative(displayRoot, path) || path;
    const at = (line: number, column: number, message: string) => problems.push(`${shown}:${line}:${column}: ${message}`);

    const badName = misnamed(entry.name, entry.isFile());
    if (badName) {
      at(1, 1, badName);
      continue;
    }
    const target = narrativeTarget(kind, entry.name.slice(0, -".md".length), context.model.dataset);
    if (typeof target === "string") {
      at(1, 1, target);
      continue;
    }
    const size = statSync(path).size;
    if (size > NARRATIVE_MAX_BYTES) {
      at(1, 1, `the file is ${(size / 1024).toFixed(0)} KB, more than the ${NARRATIVE_MAX_BYTES / 1024} KB a narrative may have: keep it to ${NARRATIVE_WORDS.min}–${NARRATIVE_WORDS.max} words`);
      continue;
    }

    const content = readFileSync(path, "utf8");
    const control = CONTROL_CHARACTERS.exec(content);
    if (control) {
      const before = content.slice(0, control.index).split("\n");
      at(before.length, before.at(-1)!.length + 1, `a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) was copied into the text: delete it`);
      continue;
    }
    let narrative;
    try {
      narrative = splitNarrative(content);
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      at(error.line, error.column, error.message);
      continue;
    }
    if (!narrative) {
      at(1, 1, "no front matter: start the file with a line ---, then title: … and summary: …, then a line ---");
      continue;
    }

    const lineOf = (key: string) => (narrative.yaml.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`)) + 2) || 1;
    const front = narrativeFrontMatter.safeParse(narrative.data);
    if (!front.success)
      for (const issue of front.error.issues) {
        const key = String(issue.path[0] ?? "");
        const message = issue.code === "unrecognized_keys" ? `unknown front-matter field ${issue.keys.join(", ")}: a narrative has only title and summary` : issue.message;
        at(key ? lineOf(key) : 1, 1, `${key ? `"${key}": ` : ""}${message}`);
      }
    else {
      for (const field of ["title", "summary"] as const) {
        const fieldFile = new VFile({ path, value: front.data[field] });
        checkedTree(fieldFile, target, context, field === "title");
        // The field's text starts after "key: " (or its opening quote) on its line.
        const line = narrative.yaml.split(/\r?\n/)[lineOf(field) - 2] ?? "";
        const offset = Math.max(0, line.indexOf(front.data[field].slice(0, 20)));
        for (const message of fieldFile.messages) at(lineOf(field), offset + (message.line === 1 ? (message.column ?? 1) : 1), `in the ${field}, ${message.reason}`);
      }
    }

    const bodyFile = new VFile({ path, value: narrative.body });
    if (narrative.body.trim() === "") {
      at(narrative.body.split("\n").length, 1, "the narrative is empty: write its text below the front matter");
      continue;
    }
    const tree = checkedTree(bodyFile, target, context);
    renderings?.add(dir, content, tree);
    for (const message of bodyFile.messages) at(message.line ?? 1, message.column ?? 1, message.reason);
    const words = wordCount(tree);
    if (words < NARRATIVE_WORDS.min || words > NARRATIVE_WORDS.max)
      at(1, 1, `the text has ${words} words: a narrative has ${NARRATIVE_WORDS.min} to ${NARRATIVE_WORDS.max}; ${words < NARRATIVE_WORDS.min ? "say more about what the figures show" : "cut it down"}`);
  }
  return problems;
}

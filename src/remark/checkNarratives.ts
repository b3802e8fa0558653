import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { parse } from "yaml";
import { narrativeFrontMatter } from "../lib/narratives/frontMatter.ts";
import { narrativeTarget, resolveFigureDirectives, type FigureContext } from "./figureDirectives.ts";

/**
 * Checks every narrative before the site is built: front matter, figure references in the
 * summary and the body, file names. Returns messages as "file:line:column: problem"; Astro
 * itself would only log these and carry on.
 */
export function checkNarratives(dir: string, context: FigureContext, displayRoot = process.cwd()): string[] {
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const path = join(dir, name);
    const shown = relative(displayRoot, path) || path;
    const text = readFileSync(path, "utf8");
    const target = narrativeTarget(path, context.dataset);
    if (typeof target === "string") {
      problems.push(`${shown}:1:1: ${target}`);
      continue;
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) {
      problems.push(`${shown}:1:1: no front matter; start the file with --- title: … summary: … ---`);
      continue;
    }
    const frontLines = match[0].split("\n").length - 1;
    const front = narrativeFrontMatter.safeParse(parse(match[1]!) ?? {});
    const lineOf = (key: string) => (match[1]!.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 2) || 1;
    if (!front.success) {
      for (const issue of front.error.issues) {
        const key = String(issue.path[0] ?? "");
        problems.push(`${shown}:${key ? lineOf(key) : 1}:1: ${key ? `"${key}": ` : ""}${issue.message}`);
      }
      continue;
    }
    // Blank lines in place of the front matter keep positions those of the file.
    const body = "\n".repeat(frontLines) + text.slice(match[0].length);
    const run = (value: string, at: (message: string) => string) => {
      const file = new VFile({ path, value });
      try {
        const tree = unified().use(remarkParse).use(remarkDirective).parse(file);
        if (value.trim() === "") file.fail("the narrative is empty: write its text below the front matter");
        resolveFigureDirectives(tree, file, target, context);
      } catch (error) {
        const place = error as { line?: number; column?: number; reason?: string; message: string };
        problems.push(at(`${place.line ?? 1}:${place.column ?? 1}: ${place.reason ?? place.message}`));
      }
    };
    run(front.data.summary, (m) => `${shown}:${lineOf("summary")}:1: in the summary, ${m.replace(/^\d+:\d+: /, "")}`);
    run(body, (m) => `${shown}:${m}`);
  }
  return problems;
}

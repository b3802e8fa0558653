import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { narrativeFrontMatter, splitNarrative } from "../lib/narratives/frontMatter.ts";
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
    const narrative = splitNarrative(text);
    if (!narrative) {
      problems.push(`${shown}:1:1: no front matter; start the file with --- title: … summary: … ---`);
      continue;
    }
    const front = narrativeFrontMatter.safeParse(narrative.data);
    const lineOf = (key: string) => (narrative.yaml.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 2) || 1;
    if (!front.success) {
      for (const issue of front.error.issues) {
        const key = String(issue.path[0] ?? "");
        problems.push(`${shown}:${key ? lineOf(key) : 1}:1: ${key ? `"${key}": ` : ""}${issue.message}`);
      }
      continue;
    }
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
    run(narrative.body, (m) => `${shown}:${m}`);
  }
  return problems;
}

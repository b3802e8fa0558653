import { basename, dirname, resolve } from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { resolveFigureDirectives, type FigureContext } from "./figureDirectives.ts";
import { reportBareClaims } from "./bareClaims.ts";
import { CLAIM_WORDS } from "./claimWords.ts";
import { reportMarkup } from "./narrativeRules.ts";
import { narrativeTarget } from "./narrativeTarget.ts";
import { EDITIONS, type Edition } from "../lib/i18n/editionPaths.ts";
import type { NarrativeKind } from "../lib/narratives/folders.ts";

/**
 * The remark plugin Astro renders narratives with: a thin adapter that resolves the figure
 * references, checks the claims and refuses what a narrative may not hold (bare claim words included). `npm run build` has checked every
 * narrative before Astro starts (checkNarratives), so a failure here means a file changed
 * or was added behind the check's back; it stops the build all the same.
 */
export default function remarkNarrative(options: { context: (edition: Edition) => FigureContext; folders: (edition: Edition) => Record<NarrativeKind, string> }) {
  return (tree: Root, file: VFile) => {
    const path = resolve(file.path ?? "");
    const folder = dirname(path);
    const edition = EDITIONS.find((e) => Object.values(options.folders(e)).includes(folder)) ?? "en";
    const context = options.context(edition);
    const kind: NarrativeKind = folder === options.folders(edition).year ? "year" : "period";
    const target = narrativeTarget(kind, basename(path, ".md"), context.model.dataset);
    if (typeof target === "string") file.fail(target);
    const before = file.messages.length;
    reportMarkup(tree, file);
    reportBareClaims(tree, file, { vocabulary: CLAIM_WORDS[edition] });
    resolveFigureDirectives(tree, file, target as Exclude<typeof target, string>, context);
    const [first, ...rest] = file.messages.slice(before);
    if (first) file.fail(`${first.reason}${rest.length ? ` (and ${rest.length} more: npm run build lists them all)` : ""}`, first.place);
  };
}

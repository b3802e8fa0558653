import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { EDITIONS } from "../i18n/editionPaths.ts";
import { narrativeFolders } from "../narratives/folders.ts";
import { buildDate, dataDir } from "../site.ts";
import { cacheRoot, codeVersion, outputSettings } from "./buildInputs.ts";
import { filesUnder, hashOf, hashOfAll, treeHash } from "./hash.ts";

/**
 * A hash of every input of a build: the code (codeVersion), the dataset, every edition's
 * narratives, where the site is deployed, the build's date, and whether cards are drawn.
 */
export function buildInputs(env: Record<string, string | undefined> = process.env): string {
  const content = [dataDir(env), ...EDITIONS.flatMap((edition) => Object.values(narrativeFolders(edition, env)))];
  return hashOf(codeVersion(), treeHash(content), outputSettings(env), buildDate(env), env.REPORT_SKIP_CARDS === "1" ? "no cards" : "cards");
}

/** The files of an output folder as they lie: names, sizes and modification times. A file edited, added or removed since changes it. */
export function outputState(dist: string): string {
  return hashOfAll(
    filesUnder(dist).flatMap((file) => {
      const { size, mtimeMs } = statSync(file);
      return [relative(dist, file), `${size} ${mtimeMs}`];
    }),
  );
}

const recordOf = (dist: string) => join(cacheRoot(), "builds", `${hashOf(dist).slice(0, 32)}.json`);

/**
 * Whether `dist` holds what a build of `inputs` would write: the last build into it had the
 * same inputs, and nothing in it has been touched since.
 */
export function isUpToDate(dist: string, inputs: string): boolean {
  let record: { inputs?: unknown; output?: unknown };
  try {
    record = JSON.parse(readFileSync(recordOf(dist), "utf8"));
  } catch {
    return false;
  }
  return record.inputs === inputs && record.output === outputState(dist);
}

/** Notes that `dist` now holds the build of `inputs`. */
export function recordBuild(dist: string, inputs: string): void {
  const file = recordOf(dist);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(`${file}.partial`, JSON.stringify({ dist, inputs, output: outputState(dist) }));
  renameSync(`${file}.partial`, file);
}

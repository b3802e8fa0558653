import { join, resolve } from "node:path";
import { contentStore, type ContentStore } from "./contentStore.ts";
import { hashOf, treeHash } from "./hash.ts";

/**
 * The build's caches live beside Astro's own (ASTRO_CACHE_DIR), so that a build with a
 * cache folder of its own (a test, the benchmark) starts cold, and one that reuses a folder
 * reuses both.
 */
export function cacheRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.ASTRO_CACHE_DIR ?? "node_modules/.astro", "report");
}

/** The content store of one kind of output (cards, charts) under the cache root. */
export function buildCache(kind: string): ContentStore {
  return contentStore(join(cacheRoot(), kind));
}

let code: string | undefined;
/**
 * A hash of everything but the content that shapes what the build writes: the code, the
 * configuration, the exact dependencies (package-lock.json pins their versions, fonts
 * included) and the Node that runs them. Any change to one of them misses every cache.
 */
export function codeVersion(): string {
  code ??= hashOf(process.version, treeHash(["src", "scripts", "public", "astro.config.mjs", "tsconfig.json", "package-lock.json"].map((path) => resolve(path))));
  return code;
}

const data = new Map<string, string>();
/** A hash of the dataset folder `dir` (src/lib/site.ts dataDir), the editions' texts of it included. */
export function datasetVersion(dir: string): string {
  let version = data.get(dir);
  if (version === undefined) data.set(dir, (version = treeHash([dir])));
  return version;
}

/** The settings of the environment that reach into pages' bytes: where the site is deployed, and which catalog its words come from. */
export function outputSettings(env: Record<string, string | undefined> = process.env): string {
  return hashOf(env.SITE_URL ?? "", env.BASE_PATH ?? "", env.REPORT_CATALOG ?? "");
}

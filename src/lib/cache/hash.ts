import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * One SHA-256 of every part, in order. Each part is prefixed with its length, so that
 * ("ab", "c") and ("a", "bc") never share a hash.
 */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/** Every file under `root` (or `root` itself, if it is a file), by path relative to it, sorted; none if it does not exist. */
export function filesUnder(root: string): string[] {
  let stats;
  try {
    stats = statSync(root);
  } catch {
    return [];
  }
  if (stats.isFile()) return [root];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of the names and bytes of every file under each of `roots`: it changes when a file
 * is added, removed, renamed or edited, and not when only its time stamps do.
 */
export function treeHash(roots: readonly string[]): string {
  const parts: (string | Uint8Array)[] = [];
  for (const root of roots) {
    parts.push(root);
    for (const file of filesUnder(root)) parts.push(relative(root, file), readFileSync(file));
  }
  return hashOf(...parts);
}

/**
 * `value` as text for a cache key: JSON, with Maps and Sets written out as their entries and
 * functions as their source. What a function captures is not in its source: code that
 * builds keyed values keeps data as data.
 */
export function keyJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === "function") return `function ${v.toString()}`;
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

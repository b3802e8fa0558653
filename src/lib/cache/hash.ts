import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * One SHA-256 of every part, in order. Each part is prefixed with its length, so that
 * ("ab", "c") and ("a", "bc") never share a hash.
 */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  return hashOfAll(parts);
}

/** hashOf of a list of parts of any length: a list spread into arguments overflows the stack past some 100,000 (the files of a 5,000-period site). */
export function hashOfAll(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    hash.update(`${typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.length}:`);
    hash.update(part);
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
  return hashOfAll(parts);
}

/**
 * `value` as text for a cache key: JSON, with Maps and Sets written out as their entries and
 * functions as their code (functionText). What a function captures is not in its code: code
 * that builds keyed values keeps data as data.
 */
export function keyJson(value: unknown): string {
  // JSON.stringify's own walk is many times faster than one that calls back a replacer for
  // every value: the few values JSON cannot write are replaced beforehand, by copying only
  // the objects and arrays on their way.
  return JSON.stringify(writable(value));
}

/** `value` with every function, Map and Set in it as keyJson writes them; the same object where there is none. */
function writable(value: unknown): unknown {
  if (typeof value === "function") return `function ${functionText(value as () => unknown)}`;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Map) return { map: [...value].map(([key, entry]) => [writable(key), writable(entry)]) };
  if (value instanceof Set) return { set: [...value].map(writable) };
  // A value that writes itself (a Date) is written as it says.
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const written = writable(item);
      if (written !== item) (copy ??= value.slice())[i] = written;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    const written = writable(field);
    if (written !== field) (copy ??= { ...value })[key] = written;
  }
  return copy ?? value;
}

/**
 * A function's source without what the two processes of a build print differently, so
 * that a chart drawn by Astro's pages and by the sidecar has one key. Node strips a type
 * to spaces; Vite's build reprints the code: it drops types and comments, adds pure-call annotations
 * and semicolons, moves parentheses, writes `undefined` as `void 0`, 0.5 as .5 and an import as
 * `(0, __vite_ssr_import_1__.name)`. Two functions this maps to one text differ only in that
 * layout: within one code version, which every cache key holds, and one chart's id and data,
 * that is never two different drawings.
 */
export function functionText(fn: () => unknown): string {
  const source = fn.toString();
  let text = texts.get(source);
  if (text === undefined) texts.set(source, (text = layoutFree(source)));
  return text;
}
// A chart's marks share a few functions' code among thousands of closures.
const texts = new Map<string, string>();

function layoutFree(source: string): string {
  return source
    .replace(/\(0,\s*__vite_ssr_import_\d+__\.([\w$]+)\)/g, "$1")
    .replace(/__vite_ssr_import_\d+__\.([\w$]+)/g, "$1")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\bvoid 0\b/g, "undefined")
    .replace(/(?<![\w$.])0\.(\d)/g, ".$1")
    .replace(/[\s;()]/g, "")
    .replace(/,([}\]])/g, "$1");
}

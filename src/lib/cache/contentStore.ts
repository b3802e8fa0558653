import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A folder of outputs filed under the hash of everything that shaped them (the key). The
 * same key always names the same bytes, so an entry never goes stale: a changed input is a
 * different key. Builds running side by side may share a store: an entry is written to a
 * file of its own and renamed into place, so a reader sees all of it or none.
 */
export interface ContentStore {
  get(key: string): Buffer | undefined;
  put(key: string, bytes: string | Uint8Array): void;
  /**
   * Puts the entry of `key` at `path` without reading it, as a hard link (a copy when the
   * store is on another file system), and says whether the store had it. An entry is never
   * written again once made, so the link only ever shows its bytes; what is placed is for
   * reading, as writing to it would change the entry.
   */
  place(key: string, path: string): boolean;
  /** How many lookups found their entry, and how many did not, since the store was opened. */
  readonly hits: number;
  readonly misses: number;
}

export function contentStore(dir: string): ContentStore {
  let hits = 0;
  let misses = 0;
  const file = (key: string) => {
    if (!/^[0-9a-f]{16,}$/.test(key)) throw new Error(`not a content key: "${key}" (make keys with hashOf)`);
    return join(dir, key.slice(0, 2), key);
  };
  return {
    get(key) {
      try {
        const bytes = readFileSync(file(key));
        hits++;
        return bytes;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        misses++;
        return undefined;
      }
    },
    put(key, bytes) {
      const path = file(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, path);
    },
    place(key, path) {
      const entry = file(key);
      try {
        linkSync(entry, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") {
          misses++;
          return false;
        }
        if (code !== "EXDEV") throw error;
        copyFileSync(entry, path);
      }
      hits++;
      return true;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

import { linkSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A writer of files into a new site that takes, where it can, the file the site it replaces
 * holds at the same place: when that file has exactly the bytes to be written, it is linked
 * (a second name for it) instead of written. On this machine making a 3 KB file costs
 * 140–400 µs and linking one 10 µs; a rebuild writes some 45,000 cards and download files
 * of which a changed value alters a few dozen. The bytes are compared first, so a file
 * changed in place since the last build (by hand, by a deploy step) is written anew, never
 * passed on. The old site is only read, and it is removed by name once replaced, which
 * leaves the new site's links whole.
 */
export interface SiteWriter {
  /** Writes `bytes` at `path` (relative to both sites); the folder must exist. */
  write(path: string, bytes: string | Uint8Array): void;
  /** How many files were linked from the previous site, and how many written. */
  readonly linked: number;
  readonly written: number;
}

export function siteWriter(out: string, previous: string | undefined): SiteWriter {
  let linked = 0;
  let written = 0;
  return {
    write(path, bytes) {
      const target = join(out, path);
      if (previous !== undefined && sameBytes(join(previous, path), bytes)) {
        try {
          linkSync(join(previous, path), target);
          linked++;
          return;
        } catch (error) {
          // Another file system (EXDEV), or a file gone since it was read: written instead.
          if (!["EXDEV", "ENOENT", "EPERM", "EMLINK"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
        }
      }
      writeFileSync(target, bytes);
      written++;
    },
    get linked() {
      return linked;
    },
    get written() {
      return written;
    },
  };
}

function sameBytes(file: string, bytes: string | Uint8Array): boolean {
  let old: Buffer;
  try {
    old = readFileSync(file);
  } catch {
    return false;
  }
  if (typeof bytes === "string") return old.length === Buffer.byteLength(bytes) && old.equals(Buffer.from(bytes));
  return old.equals(bytes);
}

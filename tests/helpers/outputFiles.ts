import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every file of a built site, by path relative to it, sorted, with its bytes. */
export function outputFiles(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
      .sort()
      .map((f) => [f, readFileSync(join(dist, f))]),
  );
}

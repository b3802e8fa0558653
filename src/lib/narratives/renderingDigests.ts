import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Root } from "mdast";
import { hashOf } from "../cache/hash.ts";

/**
 * What each narrative's rendering takes from the dataset, as one hash per file: the hash of
 * its body with every figure reference resolved (checkNarratives resolves them all before
 * Astro starts). The references are the only way a narrative reads the dataset, so while a
 * file's text and its resolved body are unchanged, so is its rendering: a one-value change
 * re-renders the narratives that show the value, not all of them.
 *
 * Astro's loader knows a file only by its text (generateDigest), so the hashes are kept by
 * folder and text. Two files of one folder with the same text and different resolutions
 * (two periods' copies of one draft) have none: they fall back to the whole dataset's hash.
 */
export class RenderingDigests {
  private readonly byFolder = new Map<string, Map<string, string | null>>();

  /** Records that the narrative in `folder` whose file holds `contents` has the body `resolved`. */
  add(folder: string, contents: string, resolved: Root): void {
    const texts = this.byFolder.get(resolve(folder)) ?? new Map<string, string | null>();
    this.byFolder.set(resolve(folder), texts);
    const key = hashOf(contents);
    const digest = hashOf(JSON.stringify(resolved, (field, value: unknown) => (field === "position" ? undefined : value)));
    const known = texts.get(key);
    texts.set(key, known === undefined || known === digest ? digest : null);
  }

  /** The rendering digest of the file in `folder` that holds `contents`, if it has exactly one. */
  get(folder: string, contents: string): string | undefined {
    return this.byFolder.get(resolve(folder))?.get(hashOf(contents)) ?? undefined;
  }

  /** Writes the digests to `file` whole: a reader waiting for it (waitFor) never sees a part. */
  write(file: string): void {
    writeFileSync(`${file}.partial`, JSON.stringify(Object.fromEntries([...this.byFolder].map(([folder, texts]) => [folder, Object.fromEntries(texts)]))));
    renameSync(`${file}.partial`, file);
  }

  /** The digests `write` put in `file`; none (every narrative falls back) when there is no such file or it cannot be read. */
  static read(file: string | undefined): RenderingDigests {
    const digests = new RenderingDigests();
    if (!file) return digests;
    let written: Record<string, Record<string, string | null>>;
    try {
      written = JSON.parse(readFileSync(file, "utf8")) as typeof written;
    } catch {
      return digests;
    }
    for (const [folder, texts] of Object.entries(written)) digests.byFolder.set(folder, new Map(Object.entries(texts)));
    return digests;
  }
}

/**
 * Blocks until `file` exists, for Astro's loader, which asks for digests synchronously and
 * starts before the build has written them (scripts/build.ts); fails after `timeoutMs`.
 */
export function waitFor(file: string, timeoutMs = 10 * 60 * 1000): string {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`${file} was not written within ${timeoutMs / 1000} s: the build that started Astro stopped without it (run npm run build)`);
    Atomics.wait(pause, 0, 0, 20);
  }
  return file;
}

import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Moves `source` to `target` (which must not exist) by renaming it: instant on one file
 * system, where copying a 1,000-period site took seconds and doubled its disk use for a
 * while. Across file systems (a dist/ elsewhere than the project) it copies, then removes.
 */
export function moveTree(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(source, target, { recursive: true });
    rmSync(source, { recursive: true, force: true });
  }
}

/**
 * Moves everything in `source` into the folder `target`: each entry the target lacks is
 * renamed in whole, and folders both have are merged entry by entry. A file the target
 * already has is an error, never overwritten. `source` is removed.
 */
export function moveInto(source: string, target: string): void {
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    if (!existsSync(to)) moveTree(from, to);
    else if (statSync(from).isDirectory() && statSync(to).isDirectory()) moveInto(from, to);
    else throw new Error(`moveInto: ${to} exists already; not overwriting it with ${from}`);
  }
  rmSync(source, { recursive: true, force: true });
}

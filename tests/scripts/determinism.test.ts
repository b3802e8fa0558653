import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { SHARED_BUILD_ENV } from "../site/buildOnce.ts";

function files(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
      .sort()
      .map((f) => [f, readFileSync(join(dist, f))]),
  );
}

describe("two builds of the same input", () => {
  it("are byte-identical, file for file", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-twice-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const dist = join(root, "dist");
    // A second build of the shared build's input, with a cache of its own.
    const result = spawnSync(process.execPath, ["scripts/build.ts"], {
      env: { ...process.env, ...SHARED_BUILD_ENV, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, "cache") },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    const first = files(inject("siteDir"));
    const second = files(dist);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(20);
  });
});

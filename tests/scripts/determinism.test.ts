import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { SHARED_BUILD_ENV } from "../site/buildOnce.ts";
import { outputFiles } from "../helpers/outputFiles.ts";

const build = (dist: string, cache: string) =>
  spawnSync(process.execPath, ["scripts/build.ts"], { env: { ...process.env, ...SHARED_BUILD_ENV, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: cache }, encoding: "utf8" });

const cacheEntries = (cache: string) => readdirSync(join(cache, "report"), { recursive: true }).map(String).filter((f) => /^(charts|cards)\/.+\//.test(f)).sort();

// Two cold builds, and a cached rebuild against a cold one, are compared by the staleness
// test (tests/scripts/staleness.test.ts); this one rebuilds the same input on the caches.
describe("rebuilding the same input", () => {
  it("reuses every chart and card, writes the same bytes, and then leaves its output alone", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-twice-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const cache = join(root, "cache");
    cpSync(inject("siteCache"), cache, { recursive: true });
    const before = cacheEntries(cache);
    const dist = join(root, "dist");

    const rebuild = build(dist, cache);
    expect(rebuild.status, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toMatch(/social cards: 0 drawn, \d+ from the cache/);
    expect(cacheEntries(cache)).toEqual(before);
    const first = outputFiles(inject("siteDir"));
    const second = outputFiles(dist);
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file)).toEqual([]);
    expect(first.size).toBeGreaterThan(20);

    // Nothing changed since: the next build keeps the output as it is, until a file of it is removed.
    const again = build(dist, cache);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("kept as it is");
    rmSync(join(dist, "index.html"));
    const repaired = build(dist, cache);
    expect(repaired.status, repaired.stderr).toBe(0);
    expect(repaired.stdout).not.toContain("kept as it is");
    expect(existsSync(join(dist, "index.html"))).toBe(true);
  });
});

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

function build(dist: string, cache: string) {
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: cache, BUILD_DATE: "2026-01-15" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
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
    const first = build(join(root, "first"), join(root, "cache-first"));
    const second = build(join(root, "second"), join(root, "cache-second"));
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(20);
  });
});

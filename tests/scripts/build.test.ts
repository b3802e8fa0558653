import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

function buildWith(edit: (observations: string) => string) {
  const root = mkdtempSync(join(tmpdir(), "sms-build-"));
  const data = join(root, "data");
  cpSync(resolve("content/data"), data, { recursive: true });
  const file = join(data, "observations.csv");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  const dist = join(root, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), "the last good build");
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, REPORT_DATA_DIR: data, REPORT_DIST_DIR: dist },
    encoding: "utf8",
  });
  return { result, dist };
}

describe("npm run build on bad input", () => {
  it("stops with the file, line and fix, and leaves the last good dist/ in place", () => {
    const { result, dist } = buildWith((t) => t.replace("2024-11,irregular.decisions,1826,1826", "2024-11,irregular.decisions,1862,1826"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/observations\.csv:\d+: raw "1826" reads as 1826 in sms-bulletins, but value is 1862/);
    expect(result.stderr).toMatch(/fix: make value and raw agree/);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("the last good build");
    expect(existsSync(`${dist}.next`)).toBe(false);
  });
});

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it, onTestFinished } from "vitest";

function build(data: string, dist: string, cache: string) {
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, REPORT_DATA_DIR: data, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: cache, REPORT_SKIP_CARDS: "1" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

const shown = (dist: string, metric: string) => {
  const { document } = parseHTML(readFileSync(join(dist, "periods/2024-11/index.html"), "utf8"));
  return {
    table: document.querySelector(`tr[id="fig-${metric}"] data`)?.textContent,
    prose: [...document.querySelectorAll(`.narrative a.fig-ref[href="#fig-${metric}"] data`)].map((d) => d.textContent),
    description: document.querySelector('meta[name="description"]')?.getAttribute("content"),
  };
};

describe("rebuilding after a change to the dataset only", () => {
  it("updates the figure in the tables and in every sentence that cites it", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-stale-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const data = join(root, "data");
    // The shared build is the build before the change; the rebuild starts from its cache.
    const cache = join(root, "astro-cache");
    cpSync(inject("siteCache"), cache, { recursive: true });
    cpSync(resolve("content/data"), data, { recursive: true });

    const before = shown(inject("siteDir"), "stay.registration-applications");
    expect(before.table).toBe("27,328");
    expect(before.prose.length).toBeGreaterThan(0);
    expect(before.prose.every((text) => text === "27,328")).toBe(true);

    const file = join(data, "observations.csv");
    const csv = readFileSync(file, "utf8");
    const changed = csv.replace("2024-11,stay.registration-applications,27328,27328,", "2024-11,stay.registration-applications,28328,28328,");
    expect(changed).not.toBe(csv);
    writeFileSync(file, changed);

    build(data, join(root, "after"), cache);
    const after = shown(join(root, "after"), "stay.registration-applications");
    expect(after.table).toBe("28,328");
    expect(after.prose).toEqual(before.prose.map(() => "28,328"));
    if (before.description?.includes("27,328")) expect(after.description).toContain("28,328");
  });
});

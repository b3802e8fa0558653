import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const SITE = "https://sms-migration-report.example.org";
const BASE = "/sms-report/";

describe("a build deployed under a sub-path", () => {
  it("keeps every link, image, feed and card URL inside the base", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-base-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const dist = join(root, "dist");
    const result = spawnSync(process.execPath, ["scripts/build.ts"], {
      env: { ...process.env, BASE_PATH: BASE, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, "cache"), BUILD_DATE: "2026-01-15" },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);

    const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(html|xml|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(30);
    const escapes: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(dist, file), "utf8");
      const urls = [
        ...[...text.matchAll(/\s(?:href|src|content)="([^"]*)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/<(?:loc|link|guid)>([^<]*)</g)].map((m) => m[1]!),
        ...[...text.matchAll(/Sitemap: (\S+)/g)].map((m) => m[1]!),
      ];
      for (const url of urls) {
        const isPath = url.startsWith("/");
        const isOurs = url.startsWith(SITE);
        if (isPath && !url.startsWith(BASE)) escapes.push(`${file}: ${url}`);
        if (isOurs && !url.startsWith(`${SITE}${BASE}`)) escapes.push(`${file}: ${url}`);
      }
    }
    expect(escapes).toEqual([]);
    const home = readFileSync(join(dist, "index.html"), "utf8");
    expect(home).toContain(`<meta property="og:image" content="${SITE}${BASE}cards/home.png"`);
    expect(home).toContain(`href="${BASE}periods/2024-11/"`);
    expect(readFileSync(join(dist, "feed.xml"), "utf8")).toContain(`<guid isPermaLink="true">${SITE}${BASE}periods/2024-11/</guid>`);
  });
});

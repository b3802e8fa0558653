import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/browser.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";
import { buildFixture, fixtureInputs } from "../helpers/fixtureSite.ts";

const SITE = "https://sms-migration-report.example.org";
const BASE = "/sms-report/";

describe("a build deployed under a sub-path", () => {
  it("keeps every link, image, feed, card and search result URL inside the base", async () => {
    const inputs = fixtureInputs();
    const dist = inputs.dist;
    const result = buildFixture(inputs, { BASE_PATH: BASE, REPORT_SKIP_CARDS: "1" });
    expect(result.status, result.stderr).toBe(0);

    const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(html|xml|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(15);
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
    expect(home).toContain(`href="${BASE}periods/2024-h1/"`);
    expect(readFileSync(join(dist, "feed.xml"), "utf8")).toContain(`<guid isPermaLink="true">${SITE}${BASE}periods/2024-01/</guid>`);
    // The embed snippets are text on the page, so the scan above does not see their addresses.
    const snippets = [...parseHTML(readFileSync(join(dist, "periods/2024-01/index.html"), "utf8")).document.querySelectorAll(".chart-embed code")];
    expect(snippets.length).toBeGreaterThan(0);
    for (const code of snippets) {
      const snippet = parseHTML(`<!doctype html><html><body>${code.textContent}</body></html>`).document;
      const image = snippet.querySelector("img")!.getAttribute("src")!;
      expect(image.startsWith(`${SITE}${BASE}charts/`), image).toBe(true);
      expect(existsSync(join(dist, image.slice(`${SITE}${BASE}`.length))), image).toBe(true);
      expect(snippet.querySelector("figcaption a")!.getAttribute("href")).toMatch(new RegExp(`^${SITE}${BASE}periods/2024-01/#chart-`));
    }

    // The search page loads its index from under the base and links its results there.
    const server = await serveStatic(dist, BASE);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/`, { waitUntil: "load" });
      await page.getByRole("searchbox").fill("foreigners registered");
      await page.locator(".search-results ol li").first().waitFor();
      const results = await page.locator(".search-results ol a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(results).toContain(`${BASE}indicators/foreigners.registered/`);
      for (const result of results) expect((await page.request.get(new URL(result, server.url).href)).status(), result).toBe(200);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

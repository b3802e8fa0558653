import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/browser.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";

const siteDir = inject("siteDir");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("index.html") || f === "404.html")
  .map((f) => `/${f.replace(/index\.html$/, "")}`)
  .sort();

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
const foreignRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  // One page for every check: the packaged Chromium runs as a single process.
  page = await browser.newPage();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, scheme: "light" | "dark") {
  foreignRequests.length = 0;
  consoleErrors.length = 0;
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, media: "screen" });
  const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: "load" });
  return response?.status();
}

async function axeViolations(rules?: string[]) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    async ([tags, only]) => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document, only ? { runOnly: { type: "rule", values: only } } : { runOnly: { type: "tag", values: tags } });
    },
    [WCAG, rules] as const,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describe.each(pages)("%s in a browser", (path) => {
  it("loads with no foreign request, no console error and no axe violation (WCAG 2.2 A/AA)", async () => {
    const status = await open(path, 1280, "light");
    expect(status).toBe(200);
    expect(await axeViolations()).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("has alt text on every image, a name on every chart, and resolves every internal link and fragment", async () => {
    await open(path, 1280, "light");
    const report = await page.evaluate(() => ({
      imagesWithoutAlt: [...document.querySelectorAll("img:not([alt])")].map((i) => i.getAttribute("src")),
      unnamedCharts: [...document.querySelectorAll('svg[role="img"]')].filter((s) => !s.getAttribute("aria-label") && !s.querySelector("title")).length,
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
    }));
    expect(report.imagesWithoutAlt).toEqual([]);
    expect(report.unnamedCharts).toBe(0);
    const here = new URL(page.url());
    for (const href of report.links) {
      const url = new URL(href);
      if (url.host !== here.host) continue;
      const local = decodeURIComponent(url.pathname.slice(new URL(server.url).pathname.length));
      const file = join(siteDir, local, local === "" || local.endsWith("/") ? "index.html" : "");
      expect(existsSync(file), `${path} links to ${url.pathname}, which was not built`).toBe(true);
      if (url.hash && url.pathname === here.pathname) expect(report.ids, `${path} links to missing #${url.hash.slice(1)}`).toContain(decodeURIComponent(url.hash.slice(1)));
    }
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    await open(path, 390, "light");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("keeps enough contrast in dark mode", async () => {
    await open(path, 1280, "dark");
    expect(await axeViolations(["color-contrast"])).toEqual([]);
  });
});

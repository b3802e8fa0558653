import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/browser.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";
import { inEdition, type Edition } from "../../src/lib/i18n/editionPaths.ts";
import { getSiteModel } from "../../src/lib/site.ts";
import { paths } from "../../src/lib/url.ts";

const siteDir = inject("siteDir");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let scripted: BrowserContext;
let scriptless: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  scripted = await browser.newContext();
  scriptless = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => new URL(path.slice(1), server.url).href;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Types `query` into the search box of `path` and returns the paths of the results shown. */
async function search(page: Page, path: string, query: string): Promise<{ status: string; results: string[] }> {
  await page.goto(url(path), { waitUntil: "load" });
  const box = page.getByRole("searchbox");
  await box.fill(query);
  const status = page.getByRole("status");
  await status.filter({ hasText: /\S/ }).waitFor();
  await page.locator(".search-results ol li").first().waitFor();
  const results = await page.locator(".search-results ol a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status: (await status.textContent()) ?? "", results };
}

// A query in each edition's words for the indicator irregular.entry-ban (content/data/editions/<lang>.yaml).
const QUERIES: { edition: Edition; query: string }[] = [
  { edition: "en", query: "entry ban" },
  { edition: "az", query: "girişin məhdudlaşdırılması" },
  { edition: "ru", query: "запреты на въезд" },
];

describe("the search box", () => {
  it.each(QUERIES)("$edition: “$query” finds the indicator page and the period pages that carry it, in the edition", async ({ edition, query }) => {
    const page = await scripted.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const { status, results } = await search(page, inEdition(edition, paths.search()), query);
    expect(errors).toEqual([]);
    expect(results).toContain(inEdition(edition, paths.indicator("irregular.entry-ban")));
    const model = getSiteModel(edition);
    const carrying = model.pagePeriods.filter((p) => model.figuresOf(p).some((f) => f.metric === "irregular.entry-ban")).map((p) => inEdition(edition, paths.period(p.id)));
    expect(carrying.length).toBeGreaterThan(3);
    expect(results.filter((r) => carrying.includes(r)).length).toBeGreaterThanOrEqual(3);
    // Pagefind's index of the page's language: every result is a page of this edition.
    for (const result of results) expect(result).toMatch(edition === "en" ? /^\/(?!az\/|ru\/)/ : new RegExp(`^/${edition}/`));
    // Results are named by the page's title, and the count is said in the edition's words.
    const first = page.locator(".search-results ol li").first();
    expect((await first.locator("a").textContent())?.trim().length).toBeGreaterThan(3);
    expect(await first.locator("mark").count()).toBeGreaterThan(0);
    expect(status).toContain(model.m.pages.search.found);
    await page.close();
  });

  it("keeps the query in the address, so that a search can be linked and reloaded", async () => {
    const page = await scripted.newPage();
    await search(page, paths.search(), "entry ban");
    expect(new URL(page.url()).searchParams.get("q")).toBe("entry ban");
    await page.reload({ waitUntil: "load" });
    await page.locator(".search-results ol li").first().waitFor();
    expect(await page.getByRole("searchbox").inputValue()).toBe("entry ban");
    await page.close();
  });

  it.each(["light", "dark"] as const)("shows its results with no axe violation (WCAG 2.2 A/AA), in %s mode", async (scheme) => {
    const page = await scripted.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await search(page, paths.search(), "entry ban");
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })).violations.map((v) => `${v.id}: ${(v as unknown as { nodes: { target: string[] }[] }).nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it("says so when nothing matches", async () => {
    const page = await scripted.newPage();
    await page.goto(url(paths.search()), { waitUntil: "load" });
    await page.getByRole("searchbox").fill("zzzqqqxxx");
    await page.getByRole("status").filter({ hasText: /\S/ }).waitFor();
    expect(await page.getByRole("status").textContent()).toBe(getSiteModel("en").m.pages.search.none);
    expect(await page.locator(".search-results ol li").count()).toBe(0);
    await page.close();
  });
});

describe("the search page without JavaScript", () => {
  it.each(["en", "az", "ru"] as const)("%s: shows no search box, and lists every indicator, period and year from A to Z", async (edition) => {
    const page = await scriptless.newPage();
    const response = await page.goto(url(inEdition(edition, paths.search())), { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("searchbox").isVisible()).toBe(false);
    const links = await page.locator(".a-to-z a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const model = getSiteModel(edition);
    const expected = [
      ...model.indicators.map((m) => paths.indicator(m.id)),
      ...model.pagePeriods.map((p) => paths.period(p.id)),
      ...model.years.map(({ year }) => paths.year(year)),
    ].map((path) => inEdition(edition, path));
    expect([...links].sort()).toEqual(expected.sort());
    // In the edition's alphabetical order.
    const labels = await page.locator(".a-to-z li > a").allTextContents();
    const collator = new Intl.Collator(model.m.locale, { numeric: true });
    expect(labels).toEqual([...labels].sort(collator.compare));
    await page.close();
  });
});

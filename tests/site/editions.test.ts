import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { builtPage, figureCell } from "../helpers/builtSite.ts";

const siteDir = inject("siteDir");
const SITE = "https://sms-migration-report.example.org";
const EDITIONS = ["az", "ru"] as const;

// One of each for the whole site: the page for any missing address, the crawlers' files, the icons and the manifest (public/).
const SHARED = new Set(["404.html", "robots.txt", "sitemap.xml", "sitemap-index.xml", "sitemap-0.xml", "favicon.svg", "favicon.png", "apple-touch-icon.png", "icon-512.png", "site.webmanifest"]);
const all = readdirSync(siteDir, { recursive: true, encoding: "utf8" });
/**
 * Every file of the English edition (the root, without the other editions' folders and the
 * files all editions share: the above, the stylesheet and script in _astro/, the search index in pagefind/).
 */
const english = all.filter((f) => !/^(az|ru|_astro|pagefind)(\/|$)/.test(f) && !SHARED.has(f) && f.includes(".")).sort();
const inEdition = (edition: string) => all.filter((f) => f.startsWith(`${edition}/`) && f.includes(".")).map((f) => f.slice(edition.length + 1)).sort();
const pages = (edition: string) => inEdition(edition).filter((f) => f.endsWith(".html"));

describe("the editions", () => {
  it.each(EDITIONS)("%s has every page and file of the English site, at the same path under its prefix", (edition) => {
    expect(english.length).toBeGreaterThan(100);
    expect(inEdition(edition)).toEqual(english);
  });

  it.each(["en", ...EDITIONS])("%s pages say their language, and link each other edition's copy of the same page, reciprocally", (language) => {
    const edition = language === "en" ? "" : language;
    const prefix = edition ? `${edition}/` : "";
    for (const file of (edition ? pages(edition) : english.filter((f) => f.endsWith(".html")))) {
      const { document } = parseHTML(readFileSync(join(siteDir, prefix, file), "utf8"));
      expect(document.documentElement.getAttribute("lang"), file).toBe(edition || "en");
      const path = `/${file.replace(/index\.html$/, "")}`;
      const alternates = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      expect(alternates, file).toEqual({ en: `${SITE}${path}`, az: `${SITE}/az${path}`, ru: `${SITE}/ru${path}`, "x-default": `${SITE}${path}` });
      const switcher = [...document.querySelectorAll(".languages a")].map((a) => a.getAttribute("href"));
      expect(switcher, file).toEqual([path, `/az${path}`, `/ru${path}`]);
    }
  });

  it.each(EDITIONS)("%s keeps every internal link in its own edition, but for the language switch", (edition) => {
    for (const file of pages(edition)) {
      const { document } = parseHTML(readFileSync(join(siteDir, edition, file), "utf8"));
      for (const a of document.querySelectorAll("a[href^='/']")) {
        if (a.closest(".languages") || a.hasAttribute("hreflang")) continue;
        expect(a.getAttribute("href"), `${edition}/${file}`).toMatch(new RegExp(`^/${edition}/`));
      }
    }
  });

  it("write numbers in each language's conventions, end to end", () => {
    expect(figureCell(builtPage("/periods/2024-11/"), "stay.registration-applications").text).toBe("27,328");
    expect(figureCell(builtPage("/az/periods/2024-11/"), "stay.registration-applications").text).toBe("27.328");
    expect(figureCell(builtPage("/ru/periods/2024-11/"), "stay.registration-applications").text).toBe("27\u00a0328");
    expect(figureCell(builtPage("/ru/periods/2018-h1/"), "foreigners.registered").text).toBe("827\u00a0352");
    expect(builtPage("/az/periods/2024-11/").body.textContent).toContain("46,2%");
    expect(builtPage("/ru/periods/2024-11/").body.textContent).toContain("46,2\u00a0%");
  });

  it.each(EDITIONS)("%s shows no number in the English format", (edition) => {
    for (const file of pages(edition)) {
      const { document } = parseHTML(readFileSync(join(siteDir, edition, file), "utf8"));
      for (const element of document.querySelectorAll("code, script, style, .languages")) element.remove();
      const english = (document.body.textContent ?? "").match(/\b\d{1,3}(,\d{3})+\b|\b\d+\.\d+%/g) ?? [];
      expect(english, `${edition}/${file}`).toEqual([]);
    }
  });

  it.each(EDITIONS)("%s names periods and kinds in its language", (edition) => {
    const page = builtPage(`/${edition}/periods/2024-11/`);
    expect(page.querySelector(".eyebrow")?.textContent).toBe(edition === "az" ? "noyabr 2024 · Ay" : "Ноябрь 2024 · Месяц");
    expect(page.querySelector(".narrative")?.textContent).toMatch(edition === "az" ? /qərar/ : /решени/);
  });

  it("answer a missing address in every language from the one 404 page", () => {
    const page = builtPage("/404.html");
    expect([...page.querySelectorAll("main section")].map((s) => s.getAttribute("lang"))).toEqual(["en", "az", "ru"]);
    expect(page.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
    expect([...page.querySelectorAll(".languages a")].map((a) => a.getAttribute("href"))).toEqual(["/", "/az/", "/ru/"]);
  });

  it("title every page of every edition in 65 characters or fewer", () => {
    const pages = all.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(180);
    for (const file of pages) {
      const title = parseHTML(readFileSync(join(siteDir, file), "utf8")).document.querySelector("head > title")?.textContent ?? "";
      expect(title.length, file).toBeGreaterThan(0);
      expect([...title].length, `${file}: ${title}`).toBeLessThanOrEqual(65);
    }
  });

  it("serve the 404 page at any missing address: no canonical of its own, and every link absolute or a fragment of the page", () => {
    const page = builtPage("/404.html");
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('meta[property="og:url"]')).toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    const references = [...page.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src")!);
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      if (reference.startsWith("#")) expect(page.getElementById(reference.slice(1)), reference).not.toBeNull();
      else expect(reference, "resolves the same from /a/b/c/ as from /").toMatch(/^(\/|https:\/\/)/);
    }
    expect(page.querySelector("a.skip")?.getAttribute("href")).toBe("#main");
  });

  it.each(EDITIONS)("%s has a feed of its own, in its language", (edition) => {
    const feed = parseHTML(readFileSync(join(siteDir, edition, "feed.xml"), "utf8")).document;
    expect(feed.querySelector("language")?.textContent).toBe(edition);
    expect(feed.querySelector("item guid")?.textContent).toMatch(new RegExp(`^${SITE}/${edition}/periods/`));
  });
});

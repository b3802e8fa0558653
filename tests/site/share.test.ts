import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { pagePeriods, timeline } from "../../src/lib/periods/timeline.ts";

const siteDir = inject("siteDir");
const SITE = "https://sms-migration-report.example.org";
const dataset = loadDataset("content/data");
const htmlPages = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html")).sort();
const read = (file: string) => readFileSync(join(siteDir, file), "utf8");
const xml = (file: string) => parseHTML(read(file)).document;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(siteDir, file));
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("page metadata", () => {
  const titles = new Map<string, string>();

  it.each(htmlPages)("%s has a unique title, a description, a canonical URL, Open Graph, Twitter and JSON-LD", (file) => {
    const { document } = parseHTML(read(file));
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? "";
    const title = document.querySelector("title")?.textContent ?? "";
    expect(titles.get(title), `title shared with ${titles.get(title)}`).toBeUndefined();
    titles.set(title, file);
    expect(meta('meta[name="description"]').length).toBeGreaterThan(30);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
    expect(canonical).toBe(`${SITE}/${file.replace(/index\.html$/, "")}`);
    expect(meta('meta[property="og:url"]')).toBe(canonical);
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
    expect(meta('meta[property="og:image"]')).toMatch(new RegExp(`^${SITE}/((az|ru)/)?cards/.+\\.png$`));
    expect(meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    expect(ld["@context"]).toBe("https://schema.org");
    expect(["Report", "Dataset", "WebSite", "WebPage"]).toContain(ld["@type"]);
    expect(ld.url).toBe(canonical);
  });

  it("gives period pages a Report, the data page a Dataset, and each period its own card", () => {
    const ld = (file: string) => JSON.parse(parseHTML(read(file)).document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld("periods/2024-11/index.html")["@type"]).toBe("Report");
    expect(ld("data/index.html")["@type"]).toBe("Dataset");
    expect(ld("periods/2024-11/index.html").image).toBe(`${SITE}/cards/periods/2024-11.png`);
  });
});

describe("social cards", () => {
  const cards = readdirSync(join(siteDir, "cards"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".png"));
  // Every edition's cards: cards/…, az/cards/…, ru/cards/…
  const allCards = ["", "az/", "ru/"].flatMap((prefix) => readdirSync(join(siteDir, prefix, "cards"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".png")).map((f) => `${prefix}cards/${f}`));

  it("exist for every period and indicator page", () => {
    for (const p of pagePeriods(dataset)) expect(cards).toContain(`periods/${p.id}.png`);
    expect(cards.filter((c) => c.startsWith("indicators/")).length).toBeGreaterThan(10);
  });

  it.each(allCards)("%s is a 1200×630 PNG", (card) => {
    expect(pngSize(card)).toEqual([1200, 630]);
  });

  it("exist in every edition for the same pages", () => {
    expect(allCards.filter((c) => c.startsWith("az/")).map((c) => c.slice(3))).toEqual(cards.map((c) => `cards/${c}`));
    expect(allCards.filter((c) => c.startsWith("ru/")).map((c) => c.slice(3))).toEqual(cards.map((c) => `cards/${c}`));
  });

  it("every og:image of every page exists", () => {
    for (const file of htmlPages) {
      const image = parseHTML(read(file)).document.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
      expect(allCards).toContain(image.slice(`${SITE}/`.length));
    }
  });
});

describe("feed, sitemap and robots.txt", () => {
  it("the RSS feed lists every period, newest first, with its summary", () => {
    const items = [...xml("feed.xml").querySelectorAll("item")];
    expect(items).toHaveLength(pagePeriods(dataset).length);
    // An HTML parser reads <link> as an empty element, so the permalink is taken from <guid>.
    const links = items.map((i) => i.querySelector("guid")?.textContent);
    const dated = timeline(dataset).toReversed().map((p) => `${SITE}/periods/${p.id}/`);
    expect(links.slice(0, dated.length)).toEqual(dated);
    expect(links.at(-1)).toBe(`${SITE}/periods/unlabeled/`);
    for (const item of items) expect(item.querySelector("description")?.textContent?.length).toBeGreaterThan(30);
  });

  it("dates every item of the feed, by the day its period was first published in this report", () => {
    const items = [...xml("feed.xml").querySelectorAll("item")];
    for (const item of items) expect(new Date(item.querySelector("pubDate")?.textContent ?? "").toISOString().slice(0, 10)).toBe("2026-11-23");
  });

  it("the sitemap lists every HTML page of every edition, each with its alternates in the others and the day its figures last changed", () => {
    const urls = [...xml("sitemap-0.xml").querySelectorAll("url")];
    const locs = urls.map((u) => u.querySelector("loc")?.textContent);
    expect(locs.sort()).toEqual(htmlPages.map((f) => `${SITE}/${f.replace(/index\.html$/, "")}`).sort());
    const ru = urls.find((u) => u.querySelector("loc")?.textContent === `${SITE}/ru/years/2023/`)!;
    // The order of alternates carries no meaning; @astrojs/sitemap lists them by address.
    expect([...ru.querySelectorAll("xhtml\\:link, link")].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]).sort()).toEqual([
      ["az", `${SITE}/az/years/2023/`],
      ["en", `${SITE}/years/2023/`],
      ["ru", `${SITE}/ru/years/2023/`],
      ["x-default", `${SITE}/years/2023/`],
    ]);
    for (const url of urls) expect(url.querySelector("lastmod")?.textContent, url.querySelector("loc")?.textContent ?? "").toBe("2026-11-23T00:00:00.000Z");
  });

  it("keeps the sitemap's old address: sitemap.xml is the same index as sitemap-index.xml, which robots.txt names", () => {
    expect(read("sitemap.xml")).toBe(read("sitemap-index.xml"));
    expect(xml("sitemap-index.xml").querySelector("sitemap loc")?.textContent).toBe(`${SITE}/sitemap-0.xml`);
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe("data downloads", () => {
  it("offer every figure as CSV and JSON, and one CSV per period", () => {
    const csv = read("data/observations.csv").trim().split("\n");
    expect(csv[0]).toBe("period,period_label,period_kind,period_start,period_end,metric,metric_label,unit,value,raw,document,line,vs,note,formula");
    expect(csv).toHaveLength(dataset.observations.length + 1);
    expect(JSON.parse(read("data/observations.json"))).toHaveLength(dataset.observations.length);
    expect(read("data/derived.csv")).toContain("2024-09,September 2024 (derived),month,2024-09-01,2024-09-30,calls.received,Calls to the Call Center,calls,5882,");
    for (const p of pagePeriods(dataset)) expect(read(`data/periods/${p.id}.csv`).split("\n").length).toBeGreaterThan(2);
    expect(read("data/metrics.csv").trim().split("\n")).toHaveLength(dataset.metrics.length + 1);
  });

  it("describes each file, its columns and the licence on /data/", () => {
    const { document } = parseHTML(read("data/index.html"));
    expect(document.querySelector("#licence")).not.toBeNull();
    expect([...document.querySelectorAll("a[download]")].length).toBeGreaterThan(pagePeriods(dataset).length);
    expect(document.querySelectorAll("details dt code").length).toBeGreaterThan(20);
  });
});

describe("cite this", () => {
  it("appears on period and indicator pages with the permalink and build date", () => {
    for (const page of ["periods/2024-11/index.html", "indicators/calls.received/index.html"]) {
      const cite = parseHTML(read(page)).document.querySelector(".cite-this")!;
      expect(cite.textContent).toContain(`${SITE}/${page.replace("index.html", "")}`);
      expect(cite.textContent).toContain("2026-01-15");
      expect(cite.querySelector("pre code")?.textContent).toMatch(/^@misc\{sms-report-/);
    }
  });

  it("release context names the newest period of the same kind", () => {
    const { document } = parseHTML(read("periods/2024-08/index.html"));
    expect(document.querySelector(".release a")?.getAttribute("href")).toBe("/periods/2024-11/");
    expect(parseHTML(read("periods/2024-11/index.html")).document.querySelector(".release")?.textContent).toContain("the latest of its kind");
  });
});

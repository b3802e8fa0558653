import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/browser.ts";
import { PDF_OPTIONS, builtYears, openForPrint } from "../../scripts/pdf.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";
import { formatDate } from "../../src/lib/format.ts";
import { EDITIONS, inEdition } from "../../src/lib/i18n/editionPaths.ts";
import { editionMessages } from "../../src/lib/i18n/editions.ts";
import { builtPage } from "../helpers/builtSite.ts";

const siteDir = inject("siteDir");
const years = builtYears(siteDir);
/** Every annual summary of every edition: its edition, year and address ("az/years/2024/"). */
const summaries = EDITIONS.flatMap((edition) => years.map((year) => ({ edition, year, path: `${inEdition(edition, `/years/${year}/`).slice(1)}` })));
/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4 = { width: 595.28, height: 841.89 };

interface PrintedPage {
  width: number;
  height: number;
  text: string;
}

/** Every page of a PDF: its size (MediaBox) and its text, read with PDF.js. */
async function readPdf(data: Uint8Array): Promise<PrintedPage[]> {
  const document = await getDocument({ data, verbosity: 0 }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push({ width: x1 - x0, height: y1 - y0, text: content.items.map((item) => ("str" in item ? item.str : "")).join(" ") });
  }
  await document.destroy();
  return pages;
}

/**
 * Marks the top and bottom edge of every element matching `selector` with a tiny text,
 * positioned absolutely so the layout does not move: an element printed whole has both on
 * one page. The header row of a table gets a mark too, which a repeated header repeats.
 * Returns the height of each element in CSS pixels, as laid out at the width of the page.
 */
async function markBlocks(page: Page, selector: string, prefix: string): Promise<number[]> {
  return page.evaluate(
    ([selector, prefix]) => {
      const mark = (host: HTMLElement, text: string, edge: "top" | "bottom") => {
        const marker = document.createElement("span");
        marker.textContent = text;
        marker.style.cssText = `position:absolute;${edge}:0;left:0;font:2px/1 sans-serif;color:#fff;`;
        host.style.position = "relative";
        host.append(marker);
      };
      return [...document.querySelectorAll<HTMLElement>(selector)].map((block, i) => {
        mark(block, `${prefix}START${i}X`, "top");
        mark(block, `${prefix}END${i}X`, "bottom");
        const headerCell = block.querySelector<HTMLElement>("thead th");
        if (headerCell) mark(headerCell, `${prefix}HEAD${i}X`, "top");
        return block.getBoundingClientRect().height;
      });
    },
    [selector, prefix] as const,
  );
}

interface Placement {
  index: number;
  first: number;
  last: number;
}

/** The pages (1-based) on which each marked element starts and ends; 0 where a mark is missing. */
function placements(pages: readonly PrintedPage[], prefix: string, count: number): Placement[] {
  const pageOf = (marker: string) => pages.findIndex((p) => p.text.includes(marker)) + 1;
  return Array.from({ length: count }, (_, index) => ({ index, first: pageOf(`${prefix}START${index}X`), last: pageOf(`${prefix}END${index}X`) }));
}

/** The elements whose top and bottom edges were printed on different pages (or not at all). */
function splitAcrossPages(placed: readonly Placement[]): string[] {
  return placed.filter((p) => p.first === 0 || p.first !== p.last).map((p) => `#${p.index}: top on page ${p.first}, bottom on page ${p.last}`);
}

/** The width of an A4 page's content box in CSS pixels (210 mm less 2 × 16 mm of margin). */
const CONTENT_WIDTH = Math.round(((210 - 32) / 25.4) * 96);
/** The height of that box (297 mm less 18 and 20 mm of margin). */
const CONTENT_HEIGHT = ((297 - 38) / 25.4) * 96;

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
interface Printed {
  pages: PrintedPage[];
  charts: Placement[];
  tables: (Placement & { height: number })[];
}
const printed = new Map<string, Printed>();

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  // One page for everything: the packaged Chromium runs as a single process.
  page = await browser.newPage();
  // Laid out at the page's width, so that heights measured here are those on paper.
  await page.setViewportSize({ width: CONTENT_WIDTH, height: 1000 });
  for (const { path } of summaries) {
    await openForPrint(page, new URL(path, server.url).href);
    const charts = await markBlocks(page, "figure.chart-figure", "CHART");
    const tables = await markBlocks(page, ".figure-table", "TABLE");
    const pages = await readPdf(new Uint8Array(await page.pdf(PDF_OPTIONS)));
    printed.set(path, {
      pages,
      charts: placements(pages, "CHART", charts.length),
      tables: placements(pages, "TABLE", tables.length).map((p) => ({ ...p, height: tables[p.index]! })),
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("printing the annual summaries", () => {
  it("finds every year page in the build", () => {
    expect(years).toEqual(["2011", "2018", "2021", "2023", "2024"]);
  });

  it("detects a chart cut in two by a page break (check of the check)", async () => {
    await page.emulateMedia({ media: "print" });
    await page.setContent(`<!doctype html><html><head><style>@page { size: A4; margin: 20mm; }</style></head><body>
      <figure class="chart-figure"><figcaption>Whole</figcaption><div style="height: 50mm"></div></figure>
      <figure class="chart-figure" style="break-inside: auto"><figcaption>Cut</figcaption><div style="height: 300mm"></div></figure>
    </body></html>`);
    const charts = await markBlocks(page, "figure.chart-figure", "CHART");
    const pages = await readPdf(new Uint8Array(await page.pdf(PDF_OPTIONS)));
    expect(splitAcrossPages(placements(pages, "CHART", charts.length))).toEqual(["#1: top on page 1, bottom on page 2"]);
  });

  it("finds every year page in every edition", () => {
    expect(summaries.map((s) => s.path)).toContain("ru/years/2024/");
    expect(summaries).toHaveLength(years.length * EDITIONS.length);
  });

  describe.each(summaries)("/$path", ({ edition, year, path }) => {
    const m = editionMessages(edition);
    it("prints on A4 pages", () => {
      const { pages } = printed.get(path)!;
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const p of pages) {
        expect(p.width).toBeCloseTo(A4.width, 0);
        expect(p.height).toBeCloseTo(A4.height, 0);
      }
    });

    it("numbers every page and repeats the running title on it, in the edition's words", () => {
      const { pages } = printed.get(path)!;
      const flat = (s: string) => s.replace(/\s+/g, "");
      pages.forEach((p, i) => {
        expect(flat(p.text), `page ${i + 1}`).toContain(flat(`${m.site.pageOf.before}${i + 1}${m.site.pageOf.between}${pages.length}`));
        expect(flat(p.text), `page ${i + 1}`).toContain(flat(m.pages.year.runningTitle(year, m.site.name)));
      });
    });

    it("cuts no chart in two", () => {
      const { charts } = printed.get(path)!;
      expect(charts.length).toBeGreaterThan(0);
      expect(splitAcrossPages(charts)).toEqual([]);
    });

    it("keeps each table that fits on a page on one page, and repeats the header of a longer one", () => {
      const { pages, tables } = printed.get(path)!;
      expect(tables.length).toBeGreaterThan(0);
      const fitting = tables.filter((t) => t.height < 0.9 * CONTENT_HEIGHT);
      expect(splitAcrossPages(fitting)).toEqual([]);
      for (const table of tables.filter((t) => t.first !== t.last)) {
        for (let n = table.first; n <= table.last; n++) expect(pages[n - 1]!.text, `table #${table.index} on page ${n}`).toContain(`TABLEHEAD${table.index}X`);
      }
    });

    it("opens with a cover page: title, build date, permalink and contents, then the text", () => {
      const [cover, next] = printed.get(path)!.pages;
      const title = builtPage(`/${path}`).querySelector("h1")!.textContent!.trim();
      const flat = (s: string) => s.replace(/\s+/g, "");
      expect(flat(cover!.text)).toContain(flat(title));
      expect(flat(cover!.text)).toContain(flat(formatDate("2026-01-15", m)));
      expect(flat(cover!.text)).toContain(flat(`/${path}`));
      expect(flat(cover!.text)).toContain(flat(m.pages.year.contents));
      expect(flat(next!.text)).toContain(flat(m.pages.year.whatWeHave(year)));
    });

    it("prints the addresses of the periods it lists", () => {
      const text = printed.get(path)!.pages.map((p) => p.text.replace(/\s+/g, "")).join("");
      for (const a of builtPage(`/${path}`).querySelectorAll(".coverage a[data-period]")) expect(text).toContain(a.getAttribute("href"));
    });

    it("prints light, without navigation or skip links, even when the screen is dark", async () => {
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      await page.goto(new URL(path, server.url).href);
      const report = await page.evaluate(() => {
        const luminance = (colour: string) => {
          const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
          return { value: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, alpha: colour.startsWith("rgba") ? a : 1 };
        };
        const darkBackgrounds = [...document.querySelectorAll("body, body *")]
          .filter((e) => e.getClientRects().length > 0)
          .filter((e) => {
            const { value, alpha } = luminance(getComputedStyle(e).backgroundColor);
            return alpha > 0 && value < 0.8;
          })
          .map((e) => e.tagName.toLowerCase() + (e.className ? `.${String(e.className)}` : ""));
        const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0).length;
        return {
          html: getComputedStyle(document.documentElement).backgroundColor,
          ink: luminance(getComputedStyle(document.querySelector(".narrative p, .lede")!).color).value,
          darkBackgrounds,
          navigation: shown(".site-header nav, .skip, button, .chart-downloads, .pager"),
        };
      });
      expect(report.html).toBe("rgb(255, 255, 255)");
      expect(report.ink).toBeLessThan(0.1);
      expect(report.darkBackgrounds).toEqual([]);
      expect(report.navigation).toBe(0);
    });
  });
});

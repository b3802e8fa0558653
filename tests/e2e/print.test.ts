import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/browser.ts";
import { PDF_OPTIONS, builtYears, openForPrint } from "../../scripts/pdf.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";
import { builtPage } from "../helpers/builtSite.ts";

const siteDir = inject("siteDir");
const years = builtYears(siteDir);
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
 * Marks the top and bottom edge of every chart figure with a tiny text, positioned
 * absolutely so the layout does not move: a figure printed whole has both on one page.
 */
async function markCharts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const figures = [...document.querySelectorAll<HTMLElement>("figure.chart-figure")];
    figures.forEach((figure, i) => {
      figure.style.position = "relative";
      for (const [edge, name] of [["top", "CHARTSTART"], ["bottom", "CHARTEND"]] as const) {
        const marker = document.createElement("span");
        marker.textContent = `${name}${i}X`;
        marker.style.cssText = `position:absolute;${edge}:0;left:0;font:2px/1 sans-serif;color:#fff;`;
        figure.append(marker);
      }
    });
    return figures.length;
  });
}

/** The charts whose top and bottom edges were printed on different pages (or not at all). */
function splitCharts(pages: readonly PrintedPage[], count: number): string[] {
  const pageOf = (marker: string) => pages.findIndex((p) => p.text.includes(marker));
  return Array.from({ length: count }, (_, i) => i).flatMap((i) => {
    const [start, end] = [pageOf(`CHARTSTART${i}X`), pageOf(`CHARTEND${i}X`)];
    return start >= 0 && start === end ? [] : [`chart ${i}: top on page ${start + 1}, bottom on page ${end + 1}`];
  });
}

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
const printed = new Map<string, { pages: PrintedPage[]; charts: number; splits: string[] }>();

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  // One page for everything: the packaged Chromium runs as a single process.
  page = await browser.newPage();
  for (const year of years) {
    await openForPrint(page, new URL(`years/${year}/`, server.url).href);
    const charts = await markCharts(page);
    const pages = await readPdf(new Uint8Array(await page.pdf(PDF_OPTIONS)));
    printed.set(year, { pages, charts, splits: splitCharts(pages, charts) });
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
    const count = await markCharts(page);
    const pages = await readPdf(new Uint8Array(await page.pdf(PDF_OPTIONS)));
    expect(splitCharts(pages, count)).toEqual([expect.stringMatching(/^chart 1: top on page 1, bottom on page 2$/)]);
  });

  describe.each(years)("/years/%s/", (year) => {
    it("prints on A4 pages", () => {
      const { pages } = printed.get(year)!;
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const p of pages) {
        expect(p.width).toBeCloseTo(A4.width, 0);
        expect(p.height).toBeCloseTo(A4.height, 0);
      }
    });

    it("numbers every page and repeats the running title on it", () => {
      const { pages } = printed.get(year)!;
      pages.forEach((p, i) => {
        expect(p.text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
        expect(p.text, `page ${i + 1}`).toContain(`${year} · Annual summary`);
      });
    });

    it("cuts no chart in two", () => {
      const { charts, splits } = printed.get(year)!;
      expect(charts).toBeGreaterThan(0);
      expect(splits).toEqual([]);
    });

    it("opens with a cover page: title, build date, permalink and contents, then the text", () => {
      const [cover, next] = printed.get(year)!.pages;
      const title = builtPage(`/years/${year}/`).querySelector("h1")!.textContent!.trim();
      const flat = (s: string) => s.replace(/\s+/g, "");
      expect(flat(cover!.text)).toContain(flat(title));
      expect(cover!.text).toContain("15 January 2026");
      expect(flat(cover!.text)).toContain(flat(`/years/${year}/`));
      expect(cover!.text).toContain("Contents");
      expect(next!.text).toContain(`What the report has for ${year}`);
    });

    it("prints the addresses of the periods it lists", () => {
      const text = printed.get(year)!.pages.map((p) => p.text.replace(/\s+/g, "")).join("");
      for (const a of builtPage(`/years/${year}/`).querySelectorAll(".coverage a[data-period]")) expect(text).toContain(`/periods/${a.getAttribute("href")!.split("/")[2]}/`);
    });

    it("prints light, without navigation or skip links, even when the screen is dark", async () => {
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      await page.goto(new URL(`years/${year}/`, server.url).href);
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
          ink: luminance(getComputedStyle(document.querySelector(".narrative p")!).color).value,
          darkBackgrounds,
          navigation: shown("nav[aria-label=Main], .skip, button, .chart-downloads, .pager"),
        };
      });
      expect(report.html).toBe("rgb(255, 255, 255)");
      expect(report.ink).toBeLessThan(0.1);
      expect(report.darkBackgrounds).toEqual([]);
      expect(report.navigation).toBe(0);
    });
  });
});

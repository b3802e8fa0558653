/**
 * npm run pdf [-- --no-build]
 *
 * Builds the site with REPORT_PDF_LINKS=1, so that each annual summary links its PDF, then
 * serves the build on 127.0.0.1 and prints every /years/<yyyy>/ page of every edition with
 * Chromium to <dist>/years/<yyyy>.pdf, <dist>/az/years/<yyyy>.pdf and <dist>/ru/years/<yyyy>.pdf
 * (A4, page set-up from src/styles/print.css), and prints the page counts. REPORT_DIST_DIR builds into and prints from another folder, BASE_PATH as for the
 * build; --no-build prints a build made earlier with REPORT_PDF_LINKS=1.
 */
import { EDITIONS, inEdition } from "../src/lib/i18n/editionPaths.ts";
import { paths } from "../src/lib/url.ts";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { serveStatic } from "./serveStatic.ts";

/** How every annual summary is printed: the page's own @page rules decide size and margins. */
export const PDF_OPTIONS = { format: "A4", preferCSSPageSize: true, printBackground: true } as const;

/** Opens `url` as the reader's browser prints it: print media, light colours. */
export async function openForPrint(page: Page, url: string): Promise<void> {
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  await page.goto(url, { waitUntil: "load" });
}

/** The years whose summaries a build holds: the four-digit folders of <dist>/years/. */
export function builtYears(dist: string): string[] {
  const dir = join(dist, "years");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name) && existsSync(join(dir, entry.name, "index.html")))
    .map((entry) => entry.name)
    .sort();
}

/** Pages in a PDF, read with PDF.js. */
export async function pdfPageCount(data: Uint8Array): Promise<number> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data, verbosity: 0 }).promise;
  const count = document.numPages;
  await document.destroy();
  return count;
}

async function main() {
  const dist = resolve(process.env.REPORT_DIST_DIR ?? "dist");
  if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, ["scripts/build.ts"], { stdio: "inherit", env: { ...process.env, REPORT_PDF_LINKS: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const years = builtYears(dist);
  if (years.length === 0) {
    console.error(`No annual summaries in ${dist}/years/: build the site first (npm run build).`);
    process.exit(1);
  }

  const server = await serveStatic(dist, process.env.BASE_PATH ?? "/");
  const browser = await launchBrowser();
  try {
    // One page for every year: the packaged Chromium runs as a single process.
    const page = await browser.newPage();
    console.log("\nAnnual summaries printed:");
    // Each year in each edition: years/2024.pdf, az/years/2024.pdf, ru/years/2024.pdf.
    for (const edition of EDITIONS)
      for (const year of years) {
        const address = inEdition(edition, `/years/${year}/`).slice(1);
        const path = join(dist, inEdition(edition, paths.yearPdf(year)));
        await openForPrint(page, new URL(address, server.url).href);
        await page.pdf({ ...PDF_OPTIONS, path });
        const pages = await pdfPageCount(new Uint8Array(readFileSync(path)));
        console.log(`  ${edition} ${year}: ${pages} pages  ${path}`);
      }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) await main();

/**
 * npm run screenshots -- [page paths…]
 *
 * Photographs pages of the built site (dist/, or SCREENSHOT_SITE_DIR) as readers see them:
 * desktop and a 390 px phone, light and dark. Writes PNGs to screenshots/ (or SCREENSHOT_DIR).
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "./browser.ts";
import { serveStatic } from "./serveStatic.ts";

const pages = process.argv.slice(2);
if (pages.length === 0) pages.push("/", "/periods/2024-11/");
const out = resolve(process.env.SCREENSHOT_DIR ?? "screenshots");
mkdirSync(out, { recursive: true });

const server = await serveStatic(resolve(process.env.SCREENSHOT_SITE_DIR ?? "dist"));
const browser = await launchBrowser();
// One page, re-configured for each shot: the packaged Chromium runs as a single process
// and closing a page can take the whole browser down with it.
const page = await browser.newPage();
try {
  for (const path of pages) {
    for (const [device, width] of [["desktop", 1280], ["mobile", 390]] as const) {
      for (const scheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(new URL(path.replace(/^\//, ""), server.url).href);
        const name = `${path.replaceAll("/", "_").replace(/^_|_$/g, "") || "home"}-${device}-${scheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        console.log(join(out, name));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

import { chromium, type Browser } from "playwright-core";

/**
 * Starts headless Chromium. CHROMIUM_PATH picks a browser of your own (e.g. Debian's
 * /usr/bin/chromium, or Chrome on macOS); otherwise the one @sparticuz/chromium ships
 * through npm, so that `npm ci` is the only set-up step.
 */
export async function launchBrowser(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    return chromium.launch({
      executablePath: own,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
  const { default: packaged } = await import("@sparticuz/chromium");
  return chromium.launch({ executablePath: await packaged.executablePath(), args: packaged.args, headless: true });
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../helpers/builtSite.ts";
import { SHARED_BUILD_ENV } from "./buildOnce.ts";

const siteDir = inject("siteDir");
const SITE = "https://sms-migration-report.example.org";
const DATE = SHARED_BUILD_ENV.BUILD_DATE;

/** The snippet a figure offers, read back from the page as a reader copies it, and pasted into a page of its own. */
function pastedSnippet(figure: Element): Document {
  const code = figure.querySelector(":scope > details.chart-embed pre > code");
  expect(code, `${figure.id} offers an embed`).not.toBeNull();
  return parseHTML(`<!doctype html><html><body>${code!.textContent}</body></html>`).document as unknown as Document;
}

describe("embeds", () => {
  it.each(["/periods/2024-11/", "/az/periods/2024-11/", "/ru/indicators/calls.received/"])(
    "%s: every chart offers, closed, a snippet whose image is this build's dated SVG, the same bytes as the chart's stable file, and which links back to the chart",
    (path) => {
      const figures = [...builtPage(path).querySelectorAll("figure.chart-figure")];
      expect(figures.length).toBeGreaterThanOrEqual(2);
      for (const figure of figures) {
        const details = figure.querySelector(":scope > details.chart-embed")!;
        expect(details?.hasAttribute("open"), `${figure.id}: closed`).toBe(false);
        const stable = figure.querySelector(".chart-downloads a[href$='.svg']")!.getAttribute("href")!;
        const snippet = pastedSnippet(figure);
        expect(snippet.querySelectorAll("script, style")).toHaveLength(0);

        const img = snippet.querySelector("figure > img")!;
        const src = new URL(img.getAttribute("src")!);
        expect(src.origin).toBe(SITE);
        expect(src.pathname).toBe(stable.replace(/\.svg$/, `.${DATE}.svg`));
        const dated = join(siteDir, src.pathname);
        expect(existsSync(dated), src.pathname).toBe(true);
        expect(readFileSync(dated).equals(readFileSync(join(siteDir, stable))), `${src.pathname} = ${stable}`).toBe(true);
        expect(img.getAttribute("alt")).toContain(figure.querySelector(".chart-finding")!.textContent);
        expect(img.getAttribute("alt")).toContain(figure.querySelector("svg.chart")!.getAttribute("aria-label"));
        expect(Number(img.getAttribute("width"))).toBeGreaterThan(0);
        expect(Number(img.getAttribute("height"))).toBeGreaterThan(0);

        const back = snippet.querySelector("figcaption > a")!;
        const link = new URL(back.getAttribute("href")!);
        expect(link.origin).toBe(SITE);
        expect(link.pathname).toBe(path);
        expect(builtPage(link.pathname).getElementById(link.hash.slice(1)), link.href).not.toBeNull();
        expect(link.hash).toBe(`#${figure.id}`);
        expect(back.textContent).toBe(figure.querySelector(".chart-title")!.textContent);
        // The citation is the page's own, for the chart: its link and its build date.
        const citation = snippet.querySelector("figcaption > small")!.textContent!;
        expect(citation).toContain(link.href);
        expect(citation).toContain(DATE);
        // And the words beside the snippet say which version it is, and link the latest.
        expect(details.querySelector("p time")?.getAttribute("datetime")).toBe(DATE);
        expect(details.querySelector("p a")?.getAttribute("href")).toBe(stable);
      }
    },
  );

  it("offers none for a year page's own charts, which have no files", () => {
    const figures = [...builtPage("/years/2024/").querySelectorAll("figure.chart-figure")];
    const withFiles = figures.filter((f) => f.querySelector(".chart-downloads"));
    expect(withFiles.length).toBeLessThan(figures.length);
    for (const figure of figures) expect(figure.querySelector(".chart-embed") !== null, figure.id).toBe(withFiles.includes(figure));
  });
});

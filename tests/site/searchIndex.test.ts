import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../helpers/builtSite.ts";

/** Every page Pagefind indexed, by its URL: the text it holds of the page (its fragment, gzipped JSON behind a signature). */
function indexedContent(): Map<string, string> {
  const dir = join(inject("siteDir"), "pagefind", "fragment");
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    const { url, content } = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string };
    pages.set(url, content);
  }
  return pages;
}

const words = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

describe("search index", () => {
  const indexed = indexedContent();

  it.each(["/periods/2024-11/", "/az/periods/2024-11/", "/ru/indicators/calls.received/"])(
    "%s: holds the chart's title and finding, and neither the chart's data table nor its embed code",
    (path) => {
      const content = words(indexed.get(path));
      expect(content, `${path} is indexed`).not.toBe("");
      const figures = [...builtPage(path).querySelectorAll("figure.chart-figure")];
      expect(figures.length).toBeGreaterThanOrEqual(2);
      for (const figure of figures) {
        expect(content).toContain(words(figure.querySelector(".chart-finding")?.textContent));
        const table = words(figure.querySelector("details.chart-data caption")?.textContent);
        const snippet = words(figure.querySelector("details.chart-embed code")?.textContent);
        expect(table).not.toBe("");
        expect(snippet).not.toBe("");
        expect(content).not.toContain(table);
        expect(content).not.toContain(snippet.slice(0, 80));
      }
    },
  );
});

import { describe, expect, it } from "vitest";
import { cssString, pagePrintCss, pdfLinksEnabled, withoutDownloads } from "../../../src/lib/years/print.ts";

describe("cssString", () => {
  it("quotes text for CSS, escaping quotes and backslashes and flattening line breaks", () => {
    expect(cssString("2024 · Annual summary")).toBe('"2024 · Annual summary"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });
});

describe("pagePrintCss", () => {
  it("puts the running title in the top margin box and the origin before printed links", () => {
    const css = pagePrintCss({ runningTitle: "2024 · Annual summary", origin: "https://example.org" });
    expect(css).toContain('@page { @top-left { content: "2024 · Annual summary"; } }');
    expect(css).toContain('--print-origin: "https://example.org"');
  });
});

describe("pdfLinksEnabled", () => {
  it("links PDFs only in a build made for them", () => {
    expect(pdfLinksEnabled({ REPORT_PDF_LINKS: "1" })).toBe(true);
    expect(pdfLinksEnabled({})).toBe(false);
    expect(pdfLinksEnabled({ REPORT_PDF_LINKS: "0" })).toBe(false);
  });
});

describe("withoutDownloads", () => {
  it("drops a chart's download links and keeps the rest of the figure", () => {
    const figure = '<figure><figcaption>T</figcaption><svg></svg><p class="chart-downloads">\n Download <a href="/charts/x.svg" download>the chart</a> or <a href="/charts/x.csv">data</a>\n</p></figure>';
    expect(withoutDownloads(figure)).toBe("<figure><figcaption>T</figcaption><svg></svg></figure>");
    expect(withoutDownloads("<p>other</p>")).toBe("<p>other</p>");
  });
});

import { describe, expect, it } from "vitest";
import { pagePrintCss, pdfLinksEnabled } from "../../../src/lib/years/print.ts";

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

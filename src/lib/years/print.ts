/**
 * What a year page needs for print and for its PDF, kept out of the page so it can be tested.
 */

/** `text` as a CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, " ").replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * The print style of one page: `runningTitle` in the top margin of every printed page, and
 * the site's origin, which print.css writes before the root-relative links it prints.
 * Chromium has no running headers taken from the document (string-set), so the page states
 * its own; the rest of the page set-up is in src/styles/print.css.
 */
export function pagePrintCss({ runningTitle, origin }: { runningTitle: string; origin: string }): string {
  return `@page { @top-left { content: ${cssString(runningTitle)}; } }\n@media print { :root { --print-origin: ${cssString(origin)}; } }`;
}

/**
 * Whether year pages link their PDF. The PDFs are made after the build (npm run pdf, which
 * sets REPORT_PDF_LINKS=1), so a plain build must not link files it does not have.
 */
export function pdfLinksEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.REPORT_PDF_LINKS === "1";
}

/**
 * A rendered chart figure without its download links. The site serves downloads only for
 * the charts of src/lib/charts/catalog.ts; a chart made for a year page alone has none to
 * link until the catalog lists it.
 */
export function withoutDownloads(figureHtml: string): string {
  return figureHtml.replace(/<p class="chart-downloads"[^>]*>[\s\S]*?<\/p>/g, "");
}

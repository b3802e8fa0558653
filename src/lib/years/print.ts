/**
 * What a year page needs for print and for its PDF, kept out of the page so it can be tested.
 */
import { cssString } from "../escape.ts";

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

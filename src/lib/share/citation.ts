import { bibtexText } from "../escape.ts";
import type { Messages } from "../i18n/messages.ts";

/** How to cite a page of the report, as plain text and as BibTeX. */
export interface CitationInput {
  /** A stable key, e.g. the page's path: "periods/2024-11". */
  key: string;
  title: string;
  /** The absolute permalink. */
  url: string;
  /** YYYY-MM-DD: the date the cited version was built. */
  builtOn: string;
}

export function plainCitation({ title, url, builtOn }: CitationInput, m: Messages): string {
  return m.site.cite.plain({ report: m.site.name, year: builtOn.slice(0, 4), title, source: m.site.cite.source, url, builtOn });
}

/** The key keeps only safe characters; the title is escaped for TeX. */
export function bibtexCitation({ key, title, url, builtOn }: CitationInput, m: Messages): string {
  return [
    `@misc{sms-report-${key.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")},`,
    `  author = {{${bibtexText(m.site.name)}}},`,
    `  title = {${bibtexText(title)}},`,
    `  year = {${builtOn.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  note = {${bibtexText(m.site.cite.bibtexNote({ source: m.site.cite.source, builtOn }))}},`,
    `}`,
  ].join("\n");
}

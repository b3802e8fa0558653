import { bibtexText } from "../escape.ts";

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

export const REPORT_NAME = "Azerbaijan migration statistics";
const SOURCE = "Figures of the State Migration Service of the Republic of Azerbaijan";

export function plainCitation({ title, url, builtOn }: CitationInput): string {
  return `${REPORT_NAME} (${builtOn.slice(0, 4)}). “${title}”. ${SOURCE}, transcribed and cited to source. ${url} (version built ${builtOn}).`;
}

/** The key keeps only safe characters; the title is escaped for TeX. */
export function bibtexCitation({ key, title, url, builtOn }: CitationInput): string {
  return [
    `@misc{sms-report-${key.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")},`,
    `  author = {{${REPORT_NAME}}},`,
    `  title = {${bibtexText(title)}},`,
    `  year = {${builtOn.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  note = {${SOURCE}. Version built ${builtOn}},`,
    `}`,
  ].join("\n");
}

import { rich } from "../rich.ts";
import { paths } from "../../url.ts";

/** The frame of every page: name, navigation, footer, metadata, citation. */
export const site = {
  name: "Azerbaijan migration statistics",
  titleSeparator: " · ",
  skip: "Skip to content",
  navLabel: "Main",
  /** The edition's language, named in that language, for the switch between editions. */
  languageName: "English",
  languages: "Language",
  nav: { periods: "Periods", years: "Years", indicators: "Indicators", about: "About the SMS", data: "Data", sources: "Sources and method", search: "Search" },
  feedTitle: "Azerbaijan migration statistics: periods",
  cardAlt: (title: string) => `${title}: headline figures`,
  publisher: "State Migration Service of the Republic of Azerbaijan",
  footer: rich(() => [
    "Every figure is transcribed from publications of the State Migration Service of the Republic of Azerbaijan and cited to its document and line. Text, tables and layout are this report's own. ",
    { text: "How the figures were collected", href: paths.sources() },
    ".",
  ]),
  builtOn: "Built on",
  /** The page number in the margin of a printed page: "Page 3 of 9". */
  pageOf: { before: "Page ", between: " of " },
  cite: {
    heading: "Cite this page",
    bibtex: "BibTeX",
    source: "Figures of the State Migration Service of the Republic of Azerbaijan",
    plain: (p: { year: string; title: string; source: string; url: string; builtOn: string; report: string }) =>
      `${p.report} (${p.year}). “${p.title}”. ${p.source}, transcribed and cited to source. ${p.url} (version built ${p.builtOn}).`,
    bibtexNote: (p: { source: string; builtOn: string }) => `${p.source}. Version built ${p.builtOn}`,
  },
};

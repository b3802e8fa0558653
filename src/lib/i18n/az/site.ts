import { rich } from "../rich.ts";
import { paths } from "../../url.ts";
import { glossary } from "./glossary.ts";
import { inflectCompound } from "./plural.ts";

const service = glossary["State Migration Service of the Republic of Azerbaijan"].term;

/** The frame of every page: name, navigation, footer, metadata, citation. */
export const site = {
  name: "Azərbaycanın miqrasiya statistikası",
  titleSeparator: " · ",
  skip: "Əsas məzmuna keçin",
  navLabel: "Əsas menyu",
  /** The edition's language, named in that language, for the switch between editions. */
  languageName: "Azərbaycanca",
  languages: "Dil",
  nav: {
    periods: "Dövrlər",
    years: "İllər",
    indicators: "Göstəricilər",
    about: `${glossary.SMS.term} haqqında`,
    data: "Məlumatlar",
    sources: "Mənbələr və metodika",
    search: "Axtarış",
  },
  feedTitle: "Azərbaycanın miqrasiya statistikası: dövrlər",
  cardAlt: (title: string) => `${title}: əsas rəqəmlər`,
  publisher: service,
  footer: rich(() => [
    `Hər rəqəm ${inflectCompound(service, "genitive")} nəşrlərindən köçürülüb və sənədinə, sətrinə istinadla verilir. Mətnlər, cədvəllər və tərtibat bu hesabata məxsusdur. `,
    { text: "Rəqəmlər necə toplanıb", href: paths.sources() },
    ".",
  ]),
  builtOn: "Yaradılma tarixi:",
  /** The page number in the margin of a printed page: "Səhifə 3 / 9". */
  pageOf: { before: "Səhifə ", between: " / " },
  cite: {
    heading: "Bu səhifəyə istinad",
    bibtex: "BibTeX",
    source: `${inflectCompound(service, "genitive")} rəqəmləri`,
    plain: (p: { year: string; title: string; source: string; url: string; builtOn: string; report: string }) =>
      `${p.report} (${p.year}). “${p.title}”. ${p.source}, köçürülüb və mənbəyə istinadla verilib. ${p.url} (${p.builtOn} tarixli versiya).`,
    bibtexNote: (p: { source: string; builtOn: string }) => `${p.source}. ${p.builtOn} tarixli versiya`,
  },
};

import { rich } from "../rich.ts";
import { paths } from "../../url.ts";
import { glossary } from "./glossary.ts";

const sms = glossary["State Migration Service of the Republic of Azerbaijan"];

/** The frame of every page: name, navigation, footer, metadata, citation. */
export const site = {
  name: "Миграционная статистика Азербайджана",
  titleSeparator: " · ",
  skip: "Перейти к содержанию",
  navLabel: "Основные разделы",
  /** The edition's language, named in that language, for the switch between editions. */
  languageName: "Русский",
  languages: "Язык",
  nav: { periods: "Периоды", years: "Годы", indicators: "Показатели", about: `О ${glossary.SMS.term}`, data: "Данные", sources: "Источники и методика", search: "Поиск" },
  feedTitle: "Миграционная статистика Азербайджана: периоды",
  cardAlt: (title: string) => `${title}: основные показатели`,
  publisher: sms.term,
  footer: rich(() => [
    `Все показатели перенесены из публикаций ${sms.gen}, у каждого указаны документ и строка. Тексты, таблицы и оформление принадлежат этому отчёту. `,
    { text: "Как собирались данные", href: paths.sources() },
    ".",
  ]),
  /** Followed by the date of the build, which Intl gives in the genitive ("30 ноября 2024 г."). */
  builtOn: "Версия от",
  /** The page number in the margin of a printed page: "Стр. 3 из 9". */
  pageOf: { before: "Стр. ", between: " из " },
  cite: {
    heading: "Как цитировать эту страницу",
    bibtex: "BibTeX",
    source: `Данные ${sms.gen}`,
    plain: (p: { year: string; title: string; source: string; url: string; builtOn: string; report: string }) =>
      `${p.report} (${p.year}). «${p.title}». ${p.source}, перенесённые в отчёт со ссылками на источник. ${p.url} (версия от ${p.builtOn}).`,
    bibtexNote: (p: { source: string; builtOn: string }) => `${p.source}. Версия от ${p.builtOn}`,
  },
};

import type { Messages } from "../messages.ts";
import { capitalise } from "../../charts/wording.ts";
import { charts } from "./charts.ts";
import { components } from "./components.ts";
import { downloads } from "./downloads.ts";
import { glossary } from "./glossary.ts";
import { notes } from "./notes.ts";
import { pages } from "./pages.ts";
import { site } from "./site.ts";
import { terms } from "./terms.ts";

const service = glossary["State Migration Service"];

/**
 * Every word of the Russian edition a reader sees, apart from the dataset's own labels and
 * definitions (content/data/editions/ru.yaml) and the narratives. Keyed as the English
 * catalog; a message with figures in it is a function of them, already formatted. Official
 * terms come from the glossary (./glossary.ts).
 */
export const ru = {
  /** The locale that numbers and dates are formatted for. */
  locale: "ru",
  /** The language of the pages, for lang attributes and metadata. */
  lang: "ru",
  site,
  terms,
  notes,
  pages,
  components,
  downloads,
  /** The tooltips of the figures a narrative cites, which say where each comes from. */
  references: {
    figure: (p: { metric: string; definition: string; source: string }) => `${p.metric}: ${p.definition} Источник: ${p.source}.`,
    computedAs: (formula: string) => `рассчитано в этом отчёте как ${formula}`,
    gap: (p: { metric: string; total: string; itemised: string }) =>
      `Рассчитано в этом отчёте: «${p.metric}» (${p.total}) минус сумма частей, которые приводит источник (${p.itemised}).`,
    share: (p: { part: string; partValue: string; whole: string; wholeValue: string }) =>
      `Рассчитано в этом отчёте: доля показателя «${p.part}» (${p.partValue}) в показателе «${p.whole}» (${p.wholeValue}).`,
    computedFrom: (p: { after: string; period: string; before: string; vs: string }) =>
      `Рассчитано в этом отчёте по значению ${p.after} за ${p.period} относительно значения ${p.before} за ${p.vs}.`,
  },
  cards: {
    footer: `Миграционная статистика Азербайджана · данные ${service.gen} со ссылками на источник`,
    period: (kind: string, period: string) => `${kind} · ${period}`,
    indicator: (figures: string) => `Показатель · опубликованных значений: ${figures}`,
    latestIn: (period: string) => `за ${period}`,
    year: (year: string) => `Годовая сводка · ${year}`,
    yearTitle: (year: string) => `${year} год в данных ${glossary.SMS.term}`,
    /** The caption under the number of a year's periods. */
    yearPeriods: (year: string) => `отчётные периоды за ${year} год`,
    home: (periods: string, latest: string) => `Отчётных периодов: ${periods} · последний: ${latest}`,
    homeTitle: "Миграционная статистика Азербайджана — показатель за показателем",
  },
  feed: {
    title: "Миграционная статистика Азербайджана: отчётные периоды",
    description: `Все отчётные периоды ${service.gen} Азербайджана, с данными и ссылками на источник.`,
    itemTitle: (period: string, headline: string) => `${capitalise(period)}: ${headline}`,
    itemDescription: (period: string) => `Данные за ${period}.`,
    revisionTitle: (p: { metric: string; period: string }) => `Изменено: ${p.metric}, ${p.period}`,
    revisionDescription: (p: { old: string; now: string; kind: string; reason: string }) => `${p.old} → ${p.now} (${p.kind}). ${p.reason}`,
  },
  charts,
} satisfies Messages;

import type { Edition } from "../editionPaths.ts";
import { rich } from "../rich.ts";
import { paths } from "../../url.ts";

/** The words of the parts that several pages share. */
export const components = {
  /** A page with no narrative in this language, that has one in others: the languages, linked. */
  commentaryIn: rich((languages: { text: string; href: string; edition: Edition }[]) => [
    "Комментарий к этим данным на русском языке ещё не написан; он есть в других версиях: ",
    ...languages.flatMap((language, i) => (i === 0 ? [language] : [", ", language])),
    ".",
  ]),
  figureTable: {
    figure: "Показатель",
    value: "Значение",
    source: "Источник",
    comparedWith: (period: string) => `относительно периода «${period}», как указано в источнике`,
    computedBy: (formula: string) => `Рассчитано в этом отчёте: ${formula}`,
    stated: "заявлено",
    computedUnit: (unit: string) => `${unit}, расчёт`,
    notGiven: "нет данных",
    from: "по данным: ",
    /** Under a value that changed since first published; the change and its reason are under the figure's name. */
    revisedTag: "изменено",
    revised: (p: { date: string; kind: string; old: string }) => `Изменено ${p.date} (${p.kind}); прежде — ${p.old}.`,
    line: (line: string) => `строка ${line}`,
  },
  notices: { seeAlso: "См. также:" },
  pager: {
    label: "Соседние периоды",
    earlier: "Предыдущий",
    later: "Следующий",
    onTimeline: "Периоды следуют друг за другом по дню окончания: итог за шесть, девять месяцев или за год идёт сразу после последнего входящего в него месяца.",
    offTimeline: "Этот блок не размещён на оси времени: источник не указывает, к какому периоду он относится.",
    allPeriods: "Все периоды",
  },
  notesSection: {
    heading: "Примечания к данным",
    footer: rich(() => ["Эти примечания вычисляются по данным при каждой сборке сайта. ", { text: "Все примечания, источники и методы", href: paths.notes() }, "."]),
  },
};

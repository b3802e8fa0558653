import type { GapReason } from "../../charts/seriesGaps.ts";
import type { PointStatus } from "../../charts/types.ts";
import { rich } from "../rich.ts";
import { capitalise } from "../../charts/wording.ts";
import { plural, pluralOf, withUnit } from "./plural.ts";

/** Status of a value in words, for data tables and downloads (the CSV files carry these words too). */
const status = {
  published: "опубликовано",
  derived: "рассчитано в этом отчёте",
  flagged: "опубликовано за период, обозначенный в источнике неясно",
} satisfies Record<PointStatus, string>;

/**
 * The words of the charts: titles, findings, keys, accessible names, table headings.
 * Labels arrive in the nominative: a metric is named in quotes after a word that carries
 * the case, a period after "за" (whose accusative is the nominative of every period label)
 * or after a colon or dash. A count and its unit word make a nominative phrase ("5 261
 * звонок"), so they follow a colon or "всего", never "из" (which would need the genitive).
 */
export const charts = {
  /** The time axis: short month names in the nominative, January first (the year goes under the first month of each year). */
  axis: { months: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."] },
  figure: {
    dataTable: "Данные в виде таблицы",
    dataCaption: (title: string) => `Данные: ${title}`,
    sourceColumn: "Источник значения",
    download: "Скачать",
    svg: "график (SVG)",
    or: "или",
    csv: "его данные (CSV)",
    /** The HTML a reader can paste into an article, shown under the downloads. */
    embed: {
      summary: "Код для вставки графика в статью",
      /** What the snippet does, and which version of the chart it shows (`date` formatted, `href` the chart's stable file). */
      note: rich((p: { date: string; datetime: string; href: string }) => [
        "Вставьте этот HTML-код в статью: график появится вместе с библиографической ссылкой и ссылкой на эту страницу. Изображение — версия графика от ",
        { text: p.date, datetime: p.datetime },
        ", из файла, в названии которого стоит эта дата: последующие обновления сайта её не меняют, и она остаётся доступной, пока сайт хранит файлы прежних версий. ",
        { text: "Последняя версия графика", href: p.href },
        " всегда доступна по постоянному адресу.",
      ]),
      /** The image's text alternative: the chart's accessible name, then its finding. */
      alt: (p: { label: string; finding: string }) => `${p.label}. ${p.finding}`,
    },
  },
  status,
  /** What a pointer or a screen reader gets from one bar: what it shows, its exact value and its status. */
  markTitle: (p: { what: string; value: string; status: string }) => `${p.what}: ${p.value} (${p.status})`,
  /** Days a series has no figure for: what their shading means (written once per chart), and each band's <title>. */
  gaps: {
    key: {
      "no-bulletin": "бюллетеня нет среди источников",
      "no-figure": "нет среди данных за этот период",
    } satisfies Record<GapReason, string>,
    /** The same, as a key line above a group of charts. */
    keyLine: {
      "no-bulletin": "Затенено: бюллетеня нет среди источников.",
      "no-figure": "Пунктирный контур: период в источниках есть, а этого показателя за него нет.",
    } satisfies Record<GapReason, string>,
    title: (span: string, reason: string) => `${span}: ${reason}`,
  },
  /** What a hatched or dashed bar means, for the key under a chart. */
  statusKeys: {
    derived: "Штриховка: рассчитано в этом отчёте; ни один источник этого значения не приводит.",
    flagged: "Пунктирный контур: период обозначен в источнике неясно.",
  } satisfies Record<Exclude<PointStatus, "published">, string>,
  /** Why values are drawn hatched or dashed, once per cause; labels come as the sentence needs them. */
  statusNotes: {
    computed: (p: { period: string; formula: string }) => `${capitalise(p.period)} = ${p.formula}.`,
    labelUsedTwice: (sourceLabel: string) => `Источник печатает обозначение «${sourceLabel}» в двух бюллетенях с разными данными, так что одно из двух обозначений неверно.`,
    periodNotStated: (period: string) => `Источник не указывает, какой период охватывает ${period}.`,
  },
  /** A list in a sentence: "a, b и c"; "a, b и ещё 3" beyond a limit (the count comes formatted). */
  list: {
    separator: ", ",
    and: "и",
    more: (count: string) => `ещё ${count}`,
  },
  /** Sentences of one finding, in reading order. */
  sentences: (sentences: readonly string[]) => sentences.join(" "),
  /** Accessible names of the charts: what kind of chart shows what. */
  label: {
    bars: (title: string) => `Столбчатая диаграмма: ${title}`,
    changes: (title: string) => `Столбчатая диаграмма: ${title}, изменения в процентах`,
    overTime: (title: string) => `Столбчатая диаграмма по времени: ${title}`,
  },
  /** A total broken into the parts the source lists. */
  breakdown: {
    title: (p: { period: string; total: string }) => `${capitalise(p.total)}: ${p.period}, по видам`,
    /** `unit` goes with `total`. */
    largestPart: (p: { part: string; value: string; total: string; unit: string; share: string }) =>
      `Крупнейшая часть — «${capitalise(p.part)}»: ${p.value} (${p.share}); всего ${withUnit(p.total, p.unit)}.`,
    /** `count` is `n` formatted, `unit` the unit word that goes with it. */
    notItemisedCount: (p: { n: number; count: string; unit: string }) => `Не расшифровано в источнике: ${withUnit(p.count, p.unit)}.`,
    partsExceedTotal: (excess: string) => `Части, которые приводит источник, в сумме на ${excess} больше указанного им итога.`,
    /** The label of the bar for what the parts leave out; also written into the chart's CSV. */
    notItemised: "Не расшифровано в источнике",
    notItemisedNote: (notItemised: string) => `«${notItemised}» = итог минус части, которые приводит источник.`,
    column: "Часть итога",
  },
  /** The same breakdown summed by topic. */
  topics: {
    title: (p: { period: string; total: string }) => `${capitalise(p.total)}: ${p.period}, по темам`,
    finding: (p: { topic: string; share: string; total: string; unit: string }) =>
      `Больше всего приходится на тему «${p.topic}» — ${p.share}; всего ${withUnit(p.total, p.unit)}.`,
    note: "Каждая тема суммирует части, которые источник относит к ней; суммы рассчитаны в этом отчёте.",
    column: "Тема",
  },
  /** A period's separate totals of one unit side by side. */
  sideBySide: {
    /** `unit` is the unit's name as a heading says it (ru.yaml units, `label`: "обращения", "человек"). */
    title: (p: { period: string; unit: string }) => `${capitalise(p.period)}: показатели по направлениям работы (${p.unit})`,
    finding: (p: { figure: string; value: string; unit: string }) =>
      `Больше всего — «${capitalise(p.figure)}»: ${withUnit(p.value, p.unit)}. Источник приводит эти показатели по отдельности, а не как части одного итога.`,
    column: "Показатель",
  },
  /** Changes this report computes from the comparison period printed in the same document. */
  change: {
    title: (p: { before: string; period: string }) => `${capitalise(p.before)} → ${p.period}: изменение по каждому показателю`,
    /** `figures` figures were published for both periods and `rises` of them rose; the counts come formatted too. */
    finding: (p: { figures: number; rises: number; figuresCount: string; risesCount: string; largest: string; change: string }) =>
      `${
        p.figures === 1
          ? p.rises === 1
            ? "Единственный показатель, опубликованный за оба периода, вырос"
            : "Единственный показатель, опубликованный за оба периода, не вырос"
          : `Из ${p.figuresCount} ${plural(p.figures, { one: "показателя, опубликованного", few: "показателей, опубликованных", many: "показателей, опубликованных" })} за оба периода, ${
              p.rises === 0 ? "не вырос ни один" : `${plural(p.rises, { one: "вырос", few: "выросли", many: "выросли" })} ${p.risesCount}`
            }`
      }; наибольшее изменение — у показателя «${capitalise(p.largest)}»: ${p.change}.`,
    note: "Изменения рассчитаны в этом отчёте по двум значениям, которые приводит источник; если источник сам указывает изменение, его округлённое утверждение приведено в таблице показателей.",
    figureColumn: "Показатель",
    column: "Изменение",
  },
  /** Changes as the source states them. */
  stated: {
    title: (p: { before: string; period: string }) => `${capitalise(p.before)} → ${p.period}: изменение по данным источника`,
    item: (p: { figure: string; change: string }) => `«${capitalise(p.figure)}»: ${p.change}`,
    findingUnpublished: (p: { before: string; list: string }) => `Значений за ${p.before} источник не приводит, только изменения относительно этого периода: ${p.list}.`,
    finding: (p: { before: string; count: string; list: string }) =>
      `Источник указывает изменение относительно периода «${p.before}» для ${p.count} ${pluralOf(p.count, { one: "показателя", few: "показателей", many: "показателей" })}: ${p.list}.`,
    note: "Изменения в процентах — так, как их печатает источник, с его округлением.",
    figureColumn: "Показатель",
    column: "Изменение по данным источника",
  },
  /** A period against others of its kind. */
  comparison: {
    /** The periods a comparison shows, `kinds` in the genitive plural (terms.kinds.plural): "предыдущих месяцев". */
    scope: (p: { earlier: boolean; kinds: string }) => `${p.earlier ? "предыдущих" : "последующих"} ${p.kinds}`,
    title: (p: { metric: string; period: string; scope: string }) => `${p.metric}: ${p.period} на фоне ${p.scope}`,
    /** Where the period stands among `others` other periods (`count` is their number formatted); absent with one other. */
    moreThanAll: (p: { others: number; count: string; scope: string }) => `больше, чем в каждом из ${p.count} ${p.scope}`,
    fewerThanAll: (p: { others: number; count: string; scope: string }) => `меньше, чем в каждом из ${p.count} ${p.scope}`,
    moreThanSome: (p: { below: string; count: string; scope: string }) => `больше, чем в ${p.below} из ${p.count} ${p.scope}`,
    /** Against the neighbouring period: `difference` and `change` come in words ("на 8 173 меньше", "снижение на 29,9 %"). */
    same: (neighbour: string) => `столько же, сколько за ${neighbour}`,
    differs: (p: { difference: string; neighbour: string; change?: string }) => `${p.difference}, чем за ${p.neighbour}${p.change === undefined ? "" : `: ${p.change}`}`,
    /** "Ноябрь 2024: 775 обращений — меньше, чем в каждом из 8 предыдущих месяцев, и на 547 меньше, чем за …: снижение на 41,4 %." */
    finding: (p: { period: string; value: string; unit: string; rank?: string; versus: string }) =>
      `${capitalise(p.period)}: ${withUnit(p.value, p.unit)} — ${p.rank ? `${p.rank}, и ` : ""}${p.versus}.`,
    /** The bar of the page's own period. */
    thisPage: (value: string) => `${value} (эта страница)`,
    column: "Период",
  },
  /** One metric over the periods of one kind, on an indicator's page. */
  series: {
    /** `kind` is the adjective in the plural (terms.kinds.singular): "месячные". */
    title: (p: { metric: string; kind: string }) => `${p.metric}: ${p.kind} данные`,
    /** One figure in words: "5 261 звонок за ноябрь 2024". */
    figure: (p: { value: string; unit: string; period: string }) => `${withUnit(p.value, p.unit)} за ${p.period}`,
    range: (p: { lowest: string; highest: string }) => `минимум — ${p.lowest}, максимум — ${p.highest}`,
    /** `kinds` is the genitive plural (terms.kinds.plural): "Показано месяцев: 10". */
    finding: (p: { count: string; kinds: string; range: string }) => `Показано ${p.kinds}: ${p.count}; ${p.range}.`,
    column: "Период",
  },
  /** Notes in an indicator's table of every figure. */
  indicatorTable: {
    computed: (formula: string) => `${status.derived}: ${formula}`,
    notOnCharts: "не показано на графиках",
    printedWith: (period: string) => `напечатано для сравнения с периодом «${period}»`,
  },
  /** The charts of a year page; `year` is the year as digits. */
  year: {
    months: (year: string) => `Месяцы ${year} года рядом`,
    cumulative: "Периоды нарастающим итогом",
    fullYear: "Год целиком",
    title: (p: { metric: string; year: string }) => `${p.metric}: месяцы ${p.year} года`,
    /** `months` months shown, `computed` of them computed by this report; the counts come formatted too. */
    finding: (p: { months: string; computed: number; computedCount: string; range: string }) =>
      `Показано месяцев: ${p.months}${p.computed > 0 ? `, из них рассчитано в этом отчёте: ${p.computedCount}` : ""}; ${p.range}. Пропуски — месяцы, за которые нет собственных данных.`,
    column: "Месяц",
  },
};

import { rich } from "../rich.ts";
import { plural, pluralOf } from "./plural.ts";
import { paths } from "../../url.ts";
import { capitalise } from "../../charts/wording.ts";
import { glossary } from "./glossary.ts";

type Link = { label: string; href: string };

const service = glossary["State Migration Service"];
const smsOfficial = glossary["State Migration Service of the Republic of Azerbaijan"];
const theService = glossary["the Service"];
/** "Государственной миграционной службы Азербайджана": the Service as the English pages name it, "of Azerbaijan". */
const serviceOfAzerbaijan = `${service.gen} Азербайджана`;

const figures = { one: "показатель", few: "показателя", many: "показателей" };
const periods = { one: "период", few: "периода", many: "периодов" };

/**
 * The words of each page, page by page. Period labels are lower case ("ноябрь 2024") and
 * are capitalised where they open a title or a sentence.
 */
export const pages = {
  home: {
    title: "Главная",
    description: `Опубликованная статистика ${serviceOfAzerbaijan} — по периодам, каждый показатель со ссылкой на источник.`,
    eyebrow: "Независимое прочтение официальных данных",
    heading: "Миграционная статистика Азербайджана — показатель за показателем",
    lede: (p: { figures: string; periods: string; first: string; latest: string }) =>
      `${service.term} Азербайджана рассказывает о ${glossary["residence permit"].prepPl}, регистрации, гражданстве, ${glossary["irregular migration"].prep} и о своих услугах населению на пресс-конференциях и в ежемесячных бюллетенях. Этот отчёт собрал ${p.figures} ${pluralOf(p.figures, figures)} из этих публикаций за ${p.periods} ${pluralOf(p.periods, { one: "отчётный период", few: "отчётных периода", many: "отчётных периодов" })} (${p.first} — ${p.latest}) и для каждого указывает строку, в которой он напечатан.`,
    latest: rich((latest: Link) => ["Последний период: ", { text: latest.label, href: latest.href }]),
    allFigures: (label: string) => `Все данные за ${label}`,
    trends: "По месяцам",
    trendsLede: (span: string) => `Ключевые показатели за каждый месяц, который есть в источниках (${span}). Каждый график начинается с нуля и имеет собственную шкалу; последний месяц выделен цветом.`,
    multipleLabel: (p: { metric: string; span: string }) => `Столбчатая диаграмма по времени: ${p.metric}, по месяцам, ${p.span}`,
    latestFigure: (p: { unit: string; period: string }) => `${p.unit}, ${p.period}`,
    changeOn: (p: { change: string; previous: string }) => `${capitalise(p.change, "ru")}; база сравнения — ${p.previous}`,
    onlyMonth: "единственный месяц с этим показателем в источниках",
    changes: (period: string) => `Что добавили данные за ${period}`,
    figuresAdded: rich((p: { count: number; figures: string; period: string; document: Link; lines: string }) => [
      `${p.figures} ${plural(p.count, figures)} за ${p.period}; источник: `,
      { text: p.document.label, href: p.document.href },
      `, строки ${p.lines}.`,
    ]),
    companionsAdded: (p: { count: number; figures: string; periods: string }) => `${p.figures} ${plural(p.count, figures)} за ${p.periods}, приведённые рядом.`,
    firstFigures: (p: { count: number; period: string }) => `${p.count === 1 ? "Показатель, который" : "Показатели, которые"} отчёт приводит только за ${p.period} и ни за какой другой период:`,
    leftOut: (p: { count: number; period: string; previous: string }) => `${p.count === 1 ? "Показатель, приведённый" : "Показатели, приведённые"} за ${p.previous}, но не за ${p.period}:`,
    notes: (p: { count: number; notes: string }) => `К этим данным ${p.count === 1 ? "относится" : "относятся"} ${p.notes} ${plural(p.count, { one: "примечание о качестве данных", few: "примечания о качестве данных", many: "примечаний о качестве данных" })}:`,
    noNotes: "Примечаний о качестве этих данных нет.",
    byYear: "Все периоды по годам",
    yearLink: (y: string) => `${y}: обзор года`,
    explore: "Разделы",
    links: [
      rich(() => [{ text: "Все отчётные периоды", href: paths.periods() }, ": месяцы, полугодия и годы по порядку."]),
      rich(() => [{ text: `О ${service.prep}`, href: paths.about() }, ": когда создана, чем занимается, как устроена."]),
      rich(() => [{ text: "Источники и методика", href: paths.sources() }, ": документы и то, как их данные переносились и проверялись."]),
    ],
  },
  periods: {
    title: "Все периоды",
    description: `Все отчётные периоды ${service.gen}, вошедшие в этот отчёт, — от новых к старым.`,
    lede: `${theService.term} отчитывается за отдельные месяцы, нарастающим итогом за шесть и девять месяцев и за целые годы. Нарастающие итоги перекрывают входящие в них месяцы, поэтому сравнивать следует однородные периоды.`,
    dated: "На оси времени, от новых к старым",
    undated: "Вне оси времени",
    columns: { period: "Период", kind: "Вид", covers: "Охватывает", figures: "Показатели", note: "Примечание" },
  },
  period: {
    description: (p: { period: string; figures: string; count: number; derived: boolean }) =>
      `${capitalise(p.period)}: ${p.figures} ${plural(p.count, figures)} ${p.derived ? "— расчёт этого отчёта по данным" : "из публикаций"} ${serviceOfAzerbaijan}; у каждого указана строка источника, в которой он напечатан.`,
    title: (period: string, headline: string) => `${capitalise(period)}: ${headline}`,
    eyebrow: (period: string, kind: string) => `${capitalise(period)} · ${kind}`,
    covers: "Охватывает",
    computedAs: "Рассчитано как",
    namedAtSource: "Название в источнике",
    quoted: (label: string) => `«${label}»`,
    source: "Источник",
    lines: (from: string, to: string) => `, строки ${from}–${to}`,
    inSeries: "В ряду",
    /** `kinds` is the nominative singular of the kind (terms.kinds.counted): "Месяц 3 из 10 на оси времени;". */
    position: (p: { position: string; of: string; kinds: string }) => `${capitalise(p.kinds)} ${p.position} из ${p.of} на оси времени;`,
    newer: "есть более поздний период:",
    latestOfKind: "последний период этого вида",
    built: "Страница собрана",
    comparedWith: "Для сравнения",
    comparedWithText: (periods: string) => `${periods} — как напечатано в том же документе`,
    narrative: "О чём говорят данные",
    charts: "Данные на графиках",
    figures: "Показатели, опубликованные за этот период",
    figuresIntro:
      "Части итога даны с отступом под ним. Каждое значение ссылается на строку документа-источника, в которой оно напечатано. Изменения и доли в процентах, выделенные курсивом, — собственные утверждения источника, воспроизведённые так, как напечатаны; определение показателя появляется при наведении на его название или при переходе к нему с клавиатуры.",
    companionHeading: (kind: string, label: string) => `${kind}: ${label}`,
  },
  /** `year` is the year as digits ("2024"); the word "год" is the message's. */
  years: {
    title: "Годы",
    description: `Годовая сводка по каждому году, который охватывает в этом отчёте статистика ${service.gen}, — от новых к старым.`,
    lede: "По одной сводке на год, от новых к старым, с периодами, которые дают для него источники. Лишь для некоторых лет источники приводят данные за год целиком; для остальных сводка показывает, какие месяцы и нарастающие итоги есть, и ничего не суммирует.",
    heading: (year: string, headline?: string) => `${year} год${headline ? `: ${headline}` : ""}`,
    complete: "Опубликован целиком",
    incomplete: "Неполный: данных за год целиком нет",
  },
  year: {
    runningTitle: (year: string, report: string) => `${year} год · Годовая сводка · ${report}`,
    title: (year: string, heading: string) => `${year}: ${heading}`,
    defaultHeading: (year: string) => `${year} год в цифрах`,
    description: (year: string) => `Что ${service.term} Азербайджана опубликовала за ${year} год — по периодам, каждый показатель со ссылкой на источник.`,
    eyebrow: (year: string) => `Годовая сводка · ${year}`,
    yearTerm: "Год",
    status: (year: string, complete: boolean) => `${year} год: ${complete ? "опубликован целиком" : "неполный, данных за год целиком нет"}`,
    periodsCovered: "Охваченные периоды",
    built: "Собрано",
    permalink: "Постоянная ссылка",
    print: "Печать",
    pdf: "Эта сводка в PDF (A4)",
    contents: "Содержание",
    whatWeHave: (year: string) => `Что есть в отчёте за ${year} год`,
    onPageOf: (kind: string, host: string) => `${kind}, на странице периода «${host}»`,
    counting: rich(() => [
      "Годы считаются по дню окончания периода, как в ",
      { text: "списке всех периодов", href: paths.periods() },
      ". Блок без даты не относится ни к одному году. ",
      { text: "Все годы", href: paths.years() },
      ".",
    ]),
    inBrief: (year: string) => `${year} год вкратце`,
    charts: "Год на графиках",
    tablesIntro: (columns: boolean) =>
      `${columns ? "По столбцу на период, как в источнике. " : ""}Части итога даны с отступом под ним; каждое значение ссылается на строку источника, в которой оно напечатано.`,
    notes: "Примечания к данным",
  },
  indicators: {
    title: "Показатели",
    description: (count: string) => `Показатели, которые ${service.term} Азербайджана публиковала более чем за один период (всего ${count}), — каждый в динамике.`,
    intro: "На странице каждого показателя — график по всем периодам, за которые он есть, с раздельными месяцами, нарастающими итогами и годами, и список всех значений с источниками.",
    reach: (p: { periods: string; first?: string; last?: string; undated?: string }) =>
      `${p.periods} ${pluralOf(p.periods, periods)}${p.first && p.last ? `: ${p.first} — ${p.last}` : ""}${p.undated ? `, а также без даты: ${p.undated}` : ""}`,
  },
  indicator: {
    description: (metric: string, count: string) =>
      `${metric}: данные ${serviceOfAzerbaijan} за ${count} ${pluralOf(count, periods)}; месяцы, нарастающие итоги и годы — раздельно.`,
    eyebrow: "Показатели",
    countedIn: "Единица счёта",
    figures: "Значения",
    periods: (count: string) => `${count} ${pluralOf(count, periods)}`,
    partOf: "Входит в",
    parts: "Составные части",
    overTime: "В динамике",
    overTimeIntro:
      "Месяцы, итоги за шесть и девять месяцев и полные годы показаны порознь: нарастающий итог охватывает несколько месяцев, поэтому его никогда не рисуют на одной оси с отдельным месяцем. Для вида периодов с несколькими значениями дан график, с одним значением — само это значение. Данные за период, который источник не называет, есть только в таблице.",
    everyFigure: "Все значения",
    columns: { period: "Период", kind: "Вид", source: "Источник" },
    computed: "расчёт",
  },
  notes: {
    title: "Примечания к данным и методика",
    description: "Где опубликованные данные не сходятся, где указанные изменения расходятся с данными и как этот отчёт рассчитывает то, что добавляет.",
    lede: "Что внимательному читателю стоит знать, прежде чем пользоваться этими данными: где опубликованные части не складываются в свой итог, где указанное изменение в процентах не совпадает с данными, к которым относится, и как отчёт рассчитывает добавленные им значения. Каждое примечание ниже вычисляется по набору данных при каждой сборке сайта.",
    byPeriod: "Примечания о качестве данных по периодам",
    computed: "Что рассчитывает этот отчёт",
    rules: [
      "Изменение в процентах — это (позднее − раннее) ÷ раннее, с одним знаком после запятой; доля — часть ÷ итог, так же. Они рассчитываются только между периодами одного вида и одной длины.",
      "Разница — позднее минус раннее, в единицах показателя.",
      "«Не расшифровано в источнике» — итог минус сумма частей, которые приводит для него источник.",
      "Изменение в процентах, указанное источником, сверяется с данными, к которым оно относится: оно подтверждается, если пересчитанное изменение, округлённое до той же точности, что у источника, совпадает с ним.",
    ],
    derived: rich((p: { period: { label: string; href: string }; total: string; minus: string }) => [
      { text: capitalise(p.period.label), href: p.period.href },
      ` нет среди источников: его значения — это ${p.total} минус ${p.minus}, для каждого показателя, который есть во всех этих периодах. Расчётные значения отмечены как таковые везде, где они встречаются.`,
    ]),
    sources: "Источники, определения и проверка",
    sourcesText: rich(() => [
      "Документы, то, как переносились их данные, и то, как перенос сверяется с ними, описаны в разделе «",
      { text: "Источники и методика", href: paths.sources() },
      "». Определение каждого показателя приводится там, где он показан, а полный список — ниже.",
    ]),
  },
  sources: {
    title: "Источники и методика",
    description: `Документы ${glossary.SMS.term}, на которых основан этот отчёт, то, как переносились их данные, и то, как проверяется перенос.`,
    lede: (count: string) =>
      `Все данные этого отчёта взяты из ${count} ${pluralOf(count, { one: "текста, опубликованного", few: "текстов, опубликованных", many: "текстов, опубликованных" })} ${service.ins} Азербайджана. Каждое значение хранится вместе с документом и строкой, в которой оно напечатано, и точно в том виде, как напечатано, так что любой может сверить его с оригиналом.`,
    transcribed: "Как переносились данные",
    rules: [
      "Каждое значение записано вместе с периодом, к которому оно относится, показателем, который оно измеряет, самим значением и его текстом в том виде, как он напечатан.",
      "Данные для сравнения («по сравнению с … за тот же период прошлого года») относятся к более раннему периоду и показываются рядом с более поздним.",
      "Изменения и доли в процентах, указанные источником, хранятся как утверждения источника, отдельно от всего, что рассчитывает этот отчёт.",
      "Разбивки публикуются так, как напечатаны, даже если части не складываются в итог.",
      "Числа, которые не являются статистикой (даты, номера указов, номер телефона, годы в строке об авторских правах), перечислены как пропущенные, каждое со своей причиной, чтобы ни одно значение не потерялось незаметно.",
      "Период бюллетеня определяется по двум строкам, которыми он заканчивается. Вступительный блок бюллетеней не называет периода и хранится отдельно; два бюллетеня, которые оба заканчиваются обозначением «август 2023», опубликованы оба и помечены.",
    ],
    documents: "Документы",
    terms: { kind: "Вид", file: "Файл", numbers: "Запись чисел", taken: "Взято значений", omitted: "Пропущено", periods: "Периоды" },
    omitted: (count: string, reasons: string) => `${count}${reasons ? ` (${reasons})` : ""}`,
    reason: (reason: string, count: string) => `${reason}: ${count}`,
    checked: "Как проверяется перенос",
    checkedText:
      "При каждой сборке сайта набор данных проверяется: каждое значение должно ссылаться на известные период, показатель и документ, находиться в пределах строк своего периода, а его напечатанный текст должен читаться как это значение по правилам записи чисел в документе. Сопровождающие, у которых есть тексты источников, проводят и сверку, которая находит в них каждое число и подтверждает, что оно либо есть в наборе данных, либо перечислено как пропущенное.",
  },
  about: {
    title: `О ${service.prep}`,
    description: `Что такое ${service.term} Азербайджана, за что она отвечает и как устроена, — со ссылками на источник.`,
    eyebrow: "Ведомство, стоящее за данными",
    /** `date` comes from Intl ("19 марта 2007 г."); `instrument` is the nominative name of the act (ru.yaml, founded). */
    lede: rich((p: { date: string; datetime: string; instrument: string; source: { label: string; href: string }; line: string }) => [
      `${smsOfficial.term} (${glossary.SMS.term}) — ${glossary["central executive body"].term}, который проводит миграционную политику страны. ${theService.term} создана `,
      { text: p.date, datetime: p.datetime },
      `; основание — ${p.instrument} (`,
      { text: p.source.label, href: p.source.href },
      `, строка ${p.line}). Она имеет статус ${glossary["law-enforcement body"].gen}.`,
    ]),
    tasks: "За что она отвечает",
    taskList: [
      "Разработка основных направлений миграционной политики и их реализация вместе с другими государственными органами.",
      `Регистрация ${glossary["foreigners and stateless persons"].gen} по месту пребывания и продление срока их ${glossary["temporary stay"].gen}.`,
      `Выдача разрешений на временное и постоянное проживание, а также ${glossary["work permit"].genPl}.`,
      "Участие в решении вопросов гражданства Азербайджанской Республики: его предоставление, определение принадлежности к нему и его утрата.",
      `Предоставление ${glossary["refugee status"].gen} (${glossary["asylum seeker"].gen}) и выдача документа, подтверждающего этот статус.`,
      `Противодействие ${glossary["irregular migration"].dat}, в том числе помещение людей в ${glossary["detention centre for irregular migrants"].accPl} в случаях, предусмотренных ${glossary["Migration Code"].ins}.`,
      `Разъяснение ${glossary["migration legislation"].gen} населению.`,
      "Регистрация граждан, временно или постоянно выезжающих за рубеж, и поддержка азербайджанцев, живущих за границей.",
    ],
    organisation: "Как она устроена",
    organisationText: `Помимо центрального аппарата, в структуру ${theService.gen} входят региональные управления, центры содержания, учебный центр и медицинское учреждение. Её сотрудники работают в ${glossary["border checkpoint"].prepPl}, включая международные аэропорты, и во всех ${glossary["ASAN Service centre"].prepPl}. ${glossary["Unified Migration Information System"].term} ведёт учёт иностранцев в стране и передаёт сведения другим государственным органам, а ${glossary["Call Center"].term} работает круглосуточно.`,
    profileNote: rich(() => [
      `На странице профиля ${theService.gen} нет даты, поэтому эти числа описывают её структуру на неизвестный момент. Показатели деятельности по периодам — на `,
      { text: "страницах периодов", href: paths.periods() },
      ".",
    ]),
  },
  data: {
    title: "Скачать данные",
    description: "Весь набор данных отчёта в CSV и JSON: каждое значение со ссылкой на источник, расчётные значения, словарь показателей и периоды.",
    lede: "Всё, что показывает отчёт, взято из этих файлов. Они пересобираются вместе с сайтом, поэтому всегда соответствуют страницам. Данные даны в длинном формате: одна строка на пару «период — показатель».",
    files: {
      observations: {
        title: "Все опубликованные значения",
        description: (count: string, n: number) =>
          `Все ${count} ${plural(n, { one: "значение, перенесённое", few: "значения, перенесённые", many: "значений, перенесённых" })} из документов ${glossary.SMS.term}: одна строка на пару «период — показатель», у каждого значения — текст в том виде, как напечатано, документ и строка.`,
      },
      derived: {
        title: "Значения, рассчитанные в этом отчёте",
        description: (count: string, n: number) =>
          `${count} ${plural(n, { one: "значение рассчитано", few: "значения рассчитаны", many: "значений рассчитано" })} по опубликованным данным для периодов, за которые источники данных не дают; как именно — в столбце formula.`,
      },
      metrics: {
        title: "Словарь показателей",
        description: (count: string, n: number) => `Все ${count} ${plural(n, figures)}: идентификаторы, названия, единицы счёта, темы, разбивки и определения.`,
      },
      periods: {
        title: "Отчётные периоды",
        description: (count: string, n: number) => `Все ${count} ${plural(n, periods)}, включая периоды сравнения и блок без даты, с датами и пометками.`,
      },
    },
    columns: "Столбцы",
    perPeriod: "По файлу на период",
    /** Followed by the name of the file, "observations.csv". */
    perPeriodText: "Данные каждой страницы периода вместе с показанными на ней периодами сравнения, в столбцах файла",
    licence: "Лицензия и указание источника",
    licenceText: rich((report: string) => [
      `Данные — официальная статистика, опубликованная ${smsOfficial.ins}; указывайте ${theService.acc} как их источник. Перенос данных, определения показателей, расчётные значения и тексты этого отчёта можно использовать повторно с указанием «${report}» и ссылкой на использованную страницу. Сверяйте каждое значение, которое публикуете, с документом и строкой, указанными рядом с ним; см. раздел «`,
      { text: "Источники и методика", href: paths.sources() },
      "».",
    ]),
  },
  search: {
    title: "Поиск",
    description: "Поиск по периодам, показателям, годам, примечаниям и определениям отчёта, а также полный алфавитный указатель показателей, периодов и лет.",
    lede: "Найдите отчётный период, показатель или год: все они перечислены ниже в алфавитном порядке.",
    /** The search box, which only a browser running JavaScript shows. */
    label: "Поиск по периодам, показателям, годам, примечаниям и определениям",
    submit: "Найти",
    /** Followed by the number of pages found. */
    found: "Найдено страниц:",
    none: "По этому запросу страниц не найдено.",
    more: "Показать ещё",
    failed: "Не удалось загрузить поиск. Все показатели, периоды и годы перечислены ниже.",
    aToZ: "От А до Я",
    letters: "Первые буквы",
    /** The heading of the names that begin with a figure, such as years. */
    digits: "0–9",
    kinds: { indicator: "Показатель", year: "Годовая сводка" },
  },
  notFound: {
    title: "Страница не найдена",
    description: "По этому адресу нет страницы отчёта.",
    lede: "По этому адресу нет страницы отчёта. Страницы периодов находятся по адресам вида",
    example: "/periods/2024-11/",
    allPeriods: "Все периоды",
    latest: (label: string) => `Последний период — ${label}`,
    home: "Главная",
  },
};

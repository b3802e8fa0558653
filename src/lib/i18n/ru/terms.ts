import type { RevisionKind } from "../../dataset/types.ts";
import type { NumberFormat } from "../../numbers.ts";
import type { OmissionReason, PeriodFlag, PeriodKind } from "../../dataset/schema.ts";

/**
 * Words for the kinds of things the dataset distinguishes, and for computed comparisons.
 * The kinds of period come in the case each use needs, since a Russian noun cannot be
 * dropped into a sentence in one form: see the note on each.
 */
export const terms = {
  kinds: {
    label: {
      month: "Месяц",
      "half-year": "Полугодие (нарастающим итогом)",
      "nine-months": "Девять месяцев (нарастающим итогом)",
      year: "Полный год",
      snapshot: "Данные на дату",
      unknown: "Период не указан",
    } satisfies Record<PeriodKind, string>,
    /** The nominative singular, for a place in a run of periods: "месяц 3 из 10 на оси времени". */
    counted: {
      month: "месяц",
      "half-year": "полугодие",
      "nine-months": "период за девять месяцев",
      year: "год",
      snapshot: "срез на дату",
      unknown: "блок без даты",
    } satisfies Record<PeriodKind, string>,
    /**
     * The genitive plural, for how many periods of one kind a chart shows or compares with:
     * "Показано месяцев: 10", "на фоне предыдущих месяцев", "в каждом из 9 предыдущих месяцев".
     */
    plural: {
      month: "месяцев",
      "half-year": "полугодий",
      "nine-months": "периодов за девять месяцев",
      year: "лет",
      snapshot: "срезов на дату",
      unknown: "периодов без даты",
    } satisfies Record<PeriodKind, string>,
    /** The adjective in the plural, for the figures of one kind of period: "месячные данные". */
    singular: {
      month: "месячные",
      "half-year": "полугодовые",
      "nine-months": "девятимесячные",
      year: "годовые",
      snapshot: "одномоментные",
      unknown: "недатированные",
    } satisfies Record<PeriodKind, string>,
    /** The adjective in the instrumental plural, for the totals a cumulative period compares with: "с другими полугодовыми итогами". */
    cumulative: { "half-year": "полугодовыми", "nine-months": "девятимесячными", year: "годовыми" } as Partial<Record<PeriodKind, string>>,
  },
  flags: {
    "duplicate-label": "обозначение дважды встречается в источнике",
    "unknown-period": "период не указан",
    derived: "рассчитано в этом отчёте",
  } satisfies Record<PeriodFlag, string>,
  // The examples show a source's printed number and the same number as this edition writes it
  // (Intl's Russian grouping, a no-break space), for a reader to tell the two apart.
  numberFormats: {
    "grouped-any": "тысячи отделяются и «,», и «.» («747.107» — это 747\u00a0107); дробной части нет",
    "comma-grouped": "«,» отделяет тысячи, «.» — дробную часть",
    "dot-grouped": "«.» отделяет тысячи («41.801» — это 41\u00a0801); дробной части нет",
  } satisfies Record<NumberFormat, string>,
  omissionReasons: {
    "period-label": "часть названия периода",
    date: "дата",
    "legal-reference": "номер закона, указа или статьи",
    "legal-rule": "срок, установленный законом",
    "phone-number": "номер телефона",
    "service-hours": "часы работы",
    name: "часть названия",
    descriptive: "описательная подробность",
    footer: "подвал страницы",
  } satisfies Record<OmissionReason, string>,
  spanNotStated: "источник не указывает",
  /** A computed percent change in words; the value comes formatted, without its sign: "рост на 10,7 %". */
  /** What kind of change a revision is (revisions.csv `kind`). */
  revisionKinds: { correction: "исправление ошибки этого отчёта", revision: "пересмотр источником" } satisfies Record<RevisionKind, string>,
  change: { up: (value: string) => `рост на ${value}`, down: (value: string) => `снижение на ${value}`, unchanged: "без изменений" },
  /** A computed difference of two counts in words; the value comes formatted, without its sign: "на 8 173 меньше". */
  difference: { more: (value: string) => `на ${value} больше`, fewer: (value: string) => `на ${value} меньше`, same: "столько же" },
  citation: (document: string, line: string) => `${document}, строка ${line}`,
  /** Russian declines the noun after a number, not the number: no case endings on digits. */
  numberCases: [] as readonly string[],
  withCase: (shown: string, _value: number, _case: string, _percent: boolean) => shown,
};

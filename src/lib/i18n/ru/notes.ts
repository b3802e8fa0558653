import { plural } from "./plural.ts";
import { glossary } from "./glossary.ts";

const sms = glossary.SMS.term;

/**
 * The words of what a reader must know about the figures: quality notes (computed at every
 * build), the notices at the top of a period page, and what a year page has for its year.
 * Every number comes in formatted; counts come with the number itself where the wording
 * depends on it. Metric and period labels arrive in the nominative, so sentences name a
 * metric in quotes after a word that carries the case («…»), and a period after "за", whose
 * accusative is the nominative of every period label.
 */
export const notes = {
  quality: {
    gapTitle: (p: { metric: string; gap: string; missing: boolean }) =>
      p.missing ? `${p.metric}: не расшифровано в источнике — ${p.gap}` : `${p.metric}: сумма частей больше итога на ${p.gap}`,
    gapBody: (p: { total: string; parts: string; partCount: number; itemised: string; missing: boolean }) =>
      `Источник приводит итог ${p.total}, но ${p.parts} ${plural(p.partCount, { one: "перечисленная им часть даёт", few: "перечисленные им части дают", many: "перечисленных им частей дают" })} в сумме ${p.itemised}. ${
        p.missing ? "Разница показана как нерасшифрованная; источник не говорит, что в неё входит." : "Части превышают итог; источник не объясняет почему."
      }`,
    claimTitle: (p: { metric: string; stated: string; recomputed: string }) => `${p.metric}: источник указывает ${p.stated}, а по его же данным — ${p.recomputed}`,
    claimBody: (p: { period: string; vs: string; stated: string; recomputed: string }) =>
      `Пересчёт по данным, которые источник приводит за ${p.period} и за ${p.vs}, даёт ${p.recomputed}; при округлении это не совпадает с указанным в источнике изменением ${p.stated}. В таблице заявленное значение показано так, как напечатано.`,
    basisTitle: (p: { metric: string; stated: string; basis: string }) => `${p.metric}: указанное изменение ${p.stated} соответствует показателю «${p.basis}», а не этому`,
    basisBody: (p: { period: string; vs: string; stated: string; bases: string }) =>
      `Источник указывает изменение ${p.stated} за ${p.period} относительно периода «${p.vs}», не уточняя, из чего оно рассчитано. Пересчёт по каждому показателю, который он приводит за оба периода: ${p.bases}. В таблице заявленное значение показано так, как напечатано.`,
    basis: (p: { metric: string; recomputed: string; agrees: boolean }) =>
      `«${p.metric}» — ${p.recomputed} (${p.agrees ? "при округлении совпадает с указанным" : "при округлении не совпадает с указанным"})`,
    breachTitle: (p: { metric: string; bound: string }) => `${p.metric}: больше, чем «${p.bound}»`,
    /** `reason` is a clause that can follow "хотя" (content/data/editions/ru.yaml, relations). */
    breachBody: (p: { metric: string; value: string; period: string; bound: string; boundValue: string; boundPeriod: string; reason: string }) =>
      `По показателю «${p.metric}» источник приводит за ${p.period} ${p.value} — больше, чем ${p.boundValue} по показателю «${p.bound}» за ${p.boundPeriod}, хотя ${p.reason}. Одно из двух значений неверно; источник не говорит, какое именно, и оба показаны так, как напечатаны.`,
    excessTitle: (metric: string) => `${metric}: нарастающий итог меньше суммы его месяцев`,
    excessBody: (p: { total: string; period: string; months: string; monthsSum: string }) =>
      `Источник приводит ${p.total} за ${p.period}, но опубликованные им месяцы этого периода (${p.months}) уже дают в сумме ${p.monthsSum}. Нарастающий итог не может быть меньше своих частей, поэтому неверен либо итог, либо одно из месячных значений; источник не говорит, что именно, и оба показаны так, как напечатаны.`,
    twinTitle: (twin: string) => `То же обозначение, что у периода «${twin}», но другие данные`,
    twinBody: (p: { compared: string; comparedCount: number; differing: string; differingCount: number; largest: string }) =>
      `Оба бюллетеня завершаются одним и тем же обозначением периода. Из ${p.compared} ${plural(p.comparedCount, { one: "общего для них показателя", few: "общих для них показателей", many: "общих для них показателей" })} ${plural(p.differingCount, { one: "различается", few: "различаются", many: "различаются" })} ${p.differing}, разница — до ${p.largest}. Одно из двух обозначений неверно; источник не говорит, какое именно, поэтому опубликованы оба бюллетеня и ни один из них не сравнивается с другими месяцами.`,
    unknownTitle: "Период не указан",
    unknownBody: (figures: string, count: number) =>
      `${figures} ${plural(count, { one: "показатель этого блока приведён", few: "показателя этого блока приведены", many: "показателей этого блока приведены" })} без указания периода. Эти данные опубликованы так, как напечатаны, и исключены из всех сравнений и временных рядов.`,
  },
  notices: {
    duplicateTitle: (label: string) => `Обозначение «${label}» в источнике неоднозначно`,
    duplicateBody: "Другой бюллетень в том же документе носит то же обозначение.",
    unknownTitle: "Источник не указывает, к какому периоду относятся эти данные",
    unknownBody: "Данные опубликованы так, как напечатаны, но не размещаются ни на одной оси времени.",
    derivedTitle: "Рассчитано в этом отчёте: эти данные не приводит ни один источник",
    derivedBody: "Эти значения следуют из опубликованных; в каждой строке указана формула.",
    cumulativeTitle: "Период нарастающим итогом",
    cumulativeBody: (totals: string) =>
      `Эти данные суммируют всё с первого по последний день периода. Их следует сравнивать с другими ${totals} итогами, а не с отдельными месяцами.`,
  },
  /** `year` is the year as digits ("2024"); the word "год" is the message's. */
  year: {
    fullYear: "Год целиком",
    fullYearPublished: (year: string) => `опубликован ${sms} одним итогом за ${year} год`,
    fullYearMissing: (year: string) => `нет среди источников: ни один из них не даёт итога за ${year} год в целом`,
    months: "Отдельные месяцы",
    monthsNote: (p: { months: string; computed?: string; sameMonth: boolean }) =>
      `${p.months} из 12 месяцев${p.computed ? `; ${p.computed} — расчёт этого отчёта, среди источников нет` : ""}${p.sameMonth ? "; один и тот же месяц приводится более чем в одном бюллетене" : ""}`,
    cumulative: "Периоды нарастающим итогом",
    cumulativeNote: "нарастающие итоги, которые перекрывают отдельные месяцы; с месяцами они никогда не складываются",
    companions: "Напечатано вместе с ними",
    companionsNote: "данные для сравнения и данные на дату из тех же документов",
    monthsPart: (p: { months: string; computed?: string }) => `отдельные месяцы охватывают ${p.months} из 12 месяцев${p.computed ? ` (${p.computed} — расчёт этого отчёта)` : ""}`,
    noMonth: "ни одного отдельного месяца среди источников нет",
    cumulativePart: (p: { periods: string; one: boolean; withMonths: boolean }) =>
      `${p.one ? "период" : "периоды"} нарастающим итогом ${p.periods} ${p.withMonths ? (p.one ? "перекрывает их" : "перекрывают их") : p.one ? "охватывает лишь часть года" : "охватывают лишь часть года"}`,
    /** `date` comes from Intl in the genitive ("30 ноября 2024 г."). */
    beyond: (date: string) => `ни один период не заканчивается позже ${date}`,
    warningTitle: (year: string) => `${year} год неполный: данных за год целиком нет`,
    /** `parts` may end with a date, whose "г." already closes the sentence. */
    warningBody: (p: { year: string; parts: string }) =>
      `Ни один источник не даёт итога за ${p.year} год в целом, и этот отчёт не складывает его из частей: ${p.parts}${p.parts.endsWith(".") ? "" : "."} Каждое значение на этой странице относится к периоду, названному в заголовке его столбца или в его строке.`,
    tables: {
      months: (year: string) => `Месяцы ${year} года: данные`,
      cumulative: "Периоды нарастающим итогом: данные",
      fullYear: (year: string) => `${year} год целиком: данные`,
      companion: (kind: string, label: string) => `${kind}: ${label}`,
    },
  },
};

import { glossary } from "./glossary.ts";
import { plural, afterNumber, inflect, year } from "./plural.ts";

/** "2024" -> "2024-cü ilin". */
const ofYear = (y: string) => inflect(year(y), "genitive");

/**
 * The words of what a reader must know about the figures: quality notes (computed at every
 * build), the notices at the top of a period page, and what a year page has for its year.
 * Every number comes in formatted; counts come with the number itself where the wording
 * depends on it. Metric labels are quoted where a case ending would otherwise have to go
 * on them, so that the ending goes on "göstərici" instead.
 */
export const notes = {
  quality: {
    gapTitle: (p: { metric: string; gap: string; missing: boolean }) =>
      p.missing ? `${p.metric}: ${p.gap} mənbədə ayrıca göstərilməyib` : `${p.metric}: hissələrin cəmi ümumi saydan ${p.gap} çoxdur`,
    gapBody: (p: { total: string; parts: string; partCount: number; itemised: string; missing: boolean }) =>
      `Mənbə ümumi say kimi ${p.total} göstərir, lakin sadaladığı ${p.parts} ${plural(p.partCount, "hissənin")} cəmi ${p.itemised} edir. ${
        p.missing ? "Fərq ayrıca göstərilməyən hissə kimi verilir; mənbə onun nəyi əhatə etdiyini demir." : "Hissələr ümumi saydan çoxdur; mənbə bunun səbəbini izah etmir."
      }`,
    claimTitle: (p: { metric: string; stated: string; recomputed: string }) => `${p.metric}: mənbə ${p.stated} bildirir, öz rəqəmləri isə ${p.recomputed} verir`,
    claimBody: (p: { period: string; vs: string; stated: string; recomputed: string }) =>
      `Mənbənin ${p.period} və ${p.vs} üçün verdiyi rəqəmlərdən yenidən hesablandıqda dəyişiklik ${p.recomputed} olur və bu, mənbənin bildirdiyi ${p.stated} rəqəminə yuvarlaqlaşmır. Cədvəldə bildirilən dəyər mənbədəki kimi verilir.`,
    /** Labels after the first word come lower-cased where the sentence needs it. */
    basisTitle: (p: { metric: string; stated: string; basis: string }) => `${p.metric}: bildirilən ${p.stated} bu rəqəmə deyil, “${p.basis}” göstəricisinə uyğundur`,
    basisBody: (p: { period: string; vs: string; stated: string; bases: string }) =>
      `Mənbə ${p.period} üçün ${p.vs} ilə müqayisədə ${p.stated} bildirir, lakin bunun nədən hesablandığını demir. Hər iki dövr üçün verdiyi hər rəqəmdən yenidən hesablandıqda: ${p.bases}. Cədvəldə bildirilən dəyər mənbədəki kimi verilir.`,
    basis: (p: { metric: string; recomputed: string; agrees: boolean }) =>
      `${p.metric} — ${p.recomputed} (${p.agrees ? "bildirilən rəqəmə yuvarlaqlaşır" : "ona yuvarlaqlaşmır"})`,
    breachTitle: (p: { metric: string; bound: string }) => `${p.metric}: rəqəm “${p.bound}” göstəricisindən çoxdur`,
    breachBody: (p: { metric: string; value: string; period: string; bound: string; boundValue: string; boundPeriod: string; reason: string }) =>
      `Mənbə ${p.period} üçün “${p.metric}” göstəricisini ${p.value} kimi verir; bu, onun ${p.boundPeriod} üçün “${p.bound}” göstəricisinə verdiyi ${p.boundValue} rəqəmindən çoxdur, halbuki ${p.reason}. İki rəqəmdən biri səhv olmalıdır; mənbə hansının səhv olduğunu demir və hər ikisi mənbədəki kimi verilir.`,
    excessTitle: (metric: string) => `${metric}: artan yekun onun daxilindəki ayların cəmindən kiçikdir`,
    excessBody: (p: { total: string; period: string; months: string; monthsSum: string }) =>
      `Mənbə ${p.period} üçün ${p.total} göstərir, lakin bu dövrün daxilində dərc etdiyi ayların (${p.months}) cəmi artıq ${p.monthsSum} edir. Artan yekun öz hissələrindən kiçik ola bilməz, deməli, ya yekun, ya da aylıq rəqəmlərdən biri səhvdir; mənbə hansının səhv olduğunu demir və hər ikisi mənbədəki kimi verilir.`,
    twinTitle: (twin: string) => `${twin} ilə eyni ad, fərqli rəqəmlər`,
    twinBody: (p: { compared: string; comparedCount: number; differing: string; differingCount: number; largest: string }) =>
      `Hər iki bülleten eyni dövr adı ilə bitir. Onların ortaq ${p.compared} ${plural(p.comparedCount, "rəqəmindən")} ${p.differing} ${plural(p.differingCount, "rəqəm")} fərqlidir, fərq ən çox ${p.largest} təşkil edir. İki addan biri səhv olmalıdır; mənbə hansının səhv olduğunu demir, ona görə də hər iki bülleten dərc olunur və heç biri başqa aylarla müqayisədə istifadə edilmir.`,
    unknownTitle: "Dövr göstərilməyib",
    unknownBody: (figures: string, count: number) =>
      `Bu blokun ${figures} ${plural(count, "rəqəmi")} heç bir dövr göstərilmədən verilir. Onlar mənbədəki kimi dərc olunur, lakin heç bir müqayisəyə və zaman sırasına daxil edilmir.`,
  },
  notices: {
    duplicateTitle: (label: string) => `“${label}” adı mənbədə birmənalı deyil`,
    duplicateBody: "Eyni sənəddəki başqa bir bülleten də eyni adı daşıyır.",
    unknownTitle: "Mənbə bu rəqəmlərin hansı dövrü əhatə etdiyini demir",
    unknownBody: "Rəqəmlər mənbədəki kimi dərc olunur, lakin heç bir zaman oxuna qoyulmur.",
    derivedTitle: "Bu hesabat tərəfindən hesablanıb: bu rəqəmləri heç bir mənbə vermir",
    derivedBody: "Bu rəqəmlər dərc olunmuş rəqəmlərdən alınır; hər sətir öz düsturunu göstərir.",
    cumulativeTitle: "Artan yekunla dövr",
    cumulativeBody: (totals: string) =>
      `Bu rəqəmlər dövrün ilk günündən son gününədək hər şeyi toplayır. Onları ayrı-ayrı aylarla deyil, digər ${totals} yekunlarla müqayisə etmək olar.`,
  },
  year: {
    fullYear: "Tam il",
    fullYearPublished: (y: string) => `${glossary.SMS.term} tərəfindən ${year(y)} üzrə vahid yekun kimi dərc olunub`,
    fullYearMissing: (y: string) => `mənbələr arasında yoxdur: heç biri ${ofYear(y)} bütövlükdə yekununu vermir`,
    months: "Ayrı-ayrı aylar",
    monthsNote: (p: { months: string; computed?: string; sameMonth: boolean }) =>
      `12 aydan ${afterNumber(p.months, "possessive")}${p.computed ? `; ${p.computed} bu hesabat tərəfindən hesablanıb, mənbələr arasında yoxdur` : ""}${p.sameMonth ? "; eyni ayı birdən çox bülleten daşıyır" : ""}`,
    cumulative: "Artan yekunla dövrlər",
    cumulativeNote: "ayrı-ayrı aylarla üst-üstə düşən artan yekunlar; heç vaxt onlara əlavə edilmir",
    companions: "Onlarla birlikdə verilənlər",
    companionsNote: "eyni sənədlərin verdiyi müqayisə rəqəmləri və bir gün üzrə vəziyyət göstəriciləri",
    monthsPart: (p: { months: string; computed?: string }) =>
      `ayrı-ayrı aylar üzrə 12 aydan ${afterNumber(p.months, "possessive")} mövcuddur${p.computed ? ` (${p.computed} bu hesabat tərəfindən hesablanıb)` : ""}`,
    noMonth: "mənbələr arasında heç bir ayrıca ay yoxdur",
    cumulativePart: (p: { periods: string; one: boolean; withMonths: boolean }) =>
      `artan yekunla ${p.one ? "dövr" : "dövrlər"} (${p.periods}) ${p.withMonths ? "onlarla üst-üstə düşür" : "ilin yalnız bir hissəsini əhatə edir"}`,
    beyond: (date: string) => `${date} tarixindən sonrakı heç bir dövr yoxdur`,
    warningTitle: (y: string) => `${year(y)} natamamdır: bütün il üzrə rəqəm yoxdur`,
    warningBody: (p: { year: string; parts: string }) =>
      `Mənbələrin heç biri ${ofYear(p.year)} bütövlükdə yekununu vermir və bu hesabat onu hissələrdən toplamır: ${p.parts}. Bu səhifədəki hər rəqəm öz sütununda və ya adında göstərilən dövrə aiddir.`,
    tables: {
      months: (y: string) => `${ofYear(y)} ayları: rəqəmlər`,
      cumulative: "Artan yekunla dövrlər: rəqəmlər",
      fullYear: (y: string) => `${year(y)} bütövlükdə: rəqəmlər`,
      companion: (kind: string, label: string) => `${kind}: ${label}`,
    },
  },
};

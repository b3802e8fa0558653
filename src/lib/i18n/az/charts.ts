import type { GapReason } from "../../charts/seriesGaps.ts";
import type { PointStatus } from "../../charts/types.ts";
import { rich } from "../rich.ts";
import { afterNumber, inflect, pluralOf, singularOf, year } from "./plural.ts";

/** Status of a value in words, for data tables and downloads (the CSV files carry these words too). */
const status = {
  published: "dərc olunub",
  derived: "bu hesabat tərəfindən hesablanıb",
  flagged: "mənbənin qeyri-müəyyən adlandırdığı dövr üçün dərc olunub",
} satisfies Record<PointStatus, string>;

/**
 * The periods a comparison shows with their count, for the rank in its finding. The scope
 * comes as `comparison.scope` wrote it ("əvvəlki aylar"); Azerbaijani puts the count between
 * the adjective and a singular noun ("əvvəlki 5 ay"), so it is taken apart again here.
 */
function countedScope(scope: string, count: string): string {
  const [adjective, ...noun] = scope.split(" ");
  return `${adjective} ${count} ${singularOf(noun.join(" "))}`;
}

/** The words of the charts: titles, findings, keys, accessible names, table headings. */
export const charts = {
  /** The time axis: short month names, January first (the year goes under the first month of each year). */
  axis: { months: ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"] },
  figure: {
    dataTable: "Məlumatlar cədvəl şəklində",
    dataCaption: (title: string) => `Məlumatlar: ${title}`,
    sourceColumn: "Dəyərin mənbəyi",
    download: "Yükləmək üçün:",
    svg: "qrafik (SVG)",
    or: "və ya",
    csv: "onun məlumatları (CSV)",
    /** The HTML a reader can paste into an article, shown under the downloads. */
    embed: {
      summary: "Qrafiki məqaləyə yerləşdirmək üçün kod",
      /** What the snippet does, and which version of the chart it shows (`date` formatted, `href` the chart's stable file). */
      note: rich((p: { date: string; datetime: string; href: string }) => [
        "Bu HTML kodunu məqaləyə yapışdırın: qrafik istinadı və bu səhifəyə keçidlə birlikdə görünəcək. Şəkil qrafikin ",
        { text: p.date, datetime: p.datetime },
        " tarixli versiyasıdır və adında bu tarix olan fayldan götürülür: saytın sonrakı yenilənmələri onu dəyişmir, sayt əvvəlki versiyaların fayllarını saxladıqca o da əlçatan qalır. ",
        { text: "Qrafikin ən son versiyası", href: p.href },
        " həmişə öz daimi ünvanındadır.",
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
      "no-bulletin": "mənbələr arasında bülleten yoxdur",
      "no-figure": "həmin dövrün rəqəmləri arasında yoxdur",
    } satisfies Record<GapReason, string>,
    /** The same, as a key line above a group of charts. */
    keyLine: {
      "no-bulletin": "Kölgəli: mənbələr arasında bülleten yoxdur.",
      "no-figure": "Nöqtəli kontur: dövr mənbələrdə var, bu rəqəm isə yoxdur.",
    } satisfies Record<GapReason, string>,
    title: (span: string, reason: string) => `${span}: ${reason}`,
  },
  /** What a hatched or dashed bar means, for the key under a chart. */
  statusKeys: {
    derived: "Ştrixlənmiş: bu hesabat tərəfindən hesablanıb; heç bir mənbə onu vermir.",
    flagged: "Qırıq xətli kontur: dövr mənbədə qeyri-müəyyəndir.",
  } satisfies Record<Exclude<PointStatus, "published">, string>,
  /** Why values are drawn hatched or dashed, once per cause; labels come as the sentence needs them. */
  statusNotes: {
    computed: (p: { period: string; formula: string }) => `${p.period} = ${p.formula}.`,
    labelUsedTwice: (sourceLabel: string) => `Mənbə “${sourceLabel}” adını fərqli rəqəmlərlə iki bülletendə verir, deməli, iki addan biri səhvdir.`,
    periodNotStated: (period: string) => `Mənbə göstərmir ki, “${period}” hansı dövrü əhatə edir.`,
  },
  /** A list in a sentence: "a, b və c"; "a, b və daha 3" beyond a limit (the count comes formatted). */
  list: {
    separator: ", ",
    and: "və",
    more: (count: string) => `daha ${count}`,
  },
  /** Sentences of one finding, in reading order. */
  sentences: (sentences: readonly string[]) => sentences.join(" "),
  /** Accessible names of the charts: what kind of chart shows what. */
  label: {
    bars: (title: string) => `Sütunlu diaqram: ${title}`,
    changes: (title: string) => `Sütunlu diaqram: ${title}, faiz dəyişikliyi kimi`,
    overTime: (title: string) => `Zaman üzrə sütunlu diaqram: ${title}`,
  },
  /** A total broken into the parts the source lists. */
  breakdown: {
    title: (p: { period: string; total: string }) => `${p.period}: ${p.total}, növlər üzrə`,
    largestPart: (p: { part: string; value: string; total: string; unit: string; share: string }) =>
      `Ən böyük hissə — ${p.part}: ${p.total} ${p.unit} arasından ${p.value} (${p.share}).`,
    /** `count` is `n` formatted, `unit` the unit word that goes with it. */
    notItemisedCount: (p: { n: number; count: string; unit: string }) => `${p.count} ${p.unit} mənbədə ayrıca göstərilməyib.`,
    partsExceedTotal: (excess: string) => `Mənbənin sadaladığı hissələrin cəmi onun göstərdiyi ümumi saydan ${excess} çoxdur.`,
    /** The label of the bar for what the parts leave out; also written into the chart's CSV. */
    notItemised: "Mənbədə ayrıca göstərilməyib",
    notItemisedNote: (notItemised: string) => `“${notItemised}” = ümumi say − mənbənin sadaladığı hissələr.`,
    column: "Ümumi sayın hissəsi",
  },
  /** The same breakdown summed by topic. */
  topics: {
    title: (p: { period: string; total: string }) => `${p.period}: ${p.total}, mövzular üzrə`,
    finding: (p: { topic: string; share: string; total: string; unit: string }) => `${p.total} ${p.unit} arasında “${p.topic}” mövzusunun payı ${p.share} təşkil edir.`,
    note: "Hər mövzu mənbənin onun altında sadaladığı hissələri toplayır; cəmlər bu hesabat tərəfindən hesablanıb.",
    column: "Mövzu",
  },
  /** A period's separate totals of one unit side by side. */
  sideBySide: {
    title: (p: { period: string; unit: string }) => `${p.period}: fəaliyyət istiqamətləri üzrə ${p.unit} sayı`,
    finding: (p: { figure: string; value: string; unit: string }) =>
      `Ən böyüyü ${p.value} ${p.unit} ilə “${p.figure}” göstəricisidir; mənbə bu rəqəmləri bir ümumi sayın hissələri kimi deyil, ayrı-ayrılıqda verir.`,
    column: "Göstərici",
  },
  /** Changes this report computes from the comparison period printed in the same document. */
  change: {
    title: (p: { before: string; period: string }) => `${p.before} ilə ${p.period} arasında dəyişiklik, göstəricilər üzrə`,
    /** `figures` figures were published for both periods and `rises` of them rose; the counts come formatted too. */
    finding: (p: { figures: number; rises: number; figuresCount: string; risesCount: string; largest: string; change: string }) =>
      `${
        p.figures === 1
          ? p.rises === 1
            ? "Hər iki dövr üçün dərc olunmuş yeganə göstərici artıb"
            : "Hər iki dövr üçün dərc olunmuş yeganə göstərici artmayıb"
          : `Hər iki dövr üçün dərc olunmuş ${p.figuresCount} göstəricidən ${afterNumber(p.risesCount, "possessive")} artıb`
      }; ən böyük dəyişiklik “${p.largest}” göstəricisindədir: ${p.change}.`,
    note: "Dəyişikliklər bu hesabat tərəfindən mənbənin verdiyi iki rəqəmdən hesablanır; mənbə də dəyişiklik bildirdikdə, onun öz yuvarlaqlaşdırılmış ifadəsi rəqəmlər cədvəlində verilir.",
    figureColumn: "Göstərici",
    column: "Dəyişiklik",
  },
  /** Changes as the source states them. */
  stated: {
    title: (p: { before: string; period: string }) => `${p.before} ilə ${p.period} arasında dəyişiklik, mənbənin bildirdiyi kimi`,
    item: (p: { figure: string; change: string }) => `${p.figure} — ${p.change}`,
    findingUnpublished: (p: { before: string; list: string }) => `Mənbə ${p.before} üçün rəqəm vermir, yalnız onunla müqayisədə dəyişiklikləri bildirir: ${p.list}.`,
    finding: (p: { before: string; count: string; list: string }) => `Mənbə ${p.count} göstərici üzrə ${p.before} ilə müqayisədə dəyişikliyi bildirir: ${p.list}.`,
    note: "Faiz dəyişiklikləri mənbədə verildiyi kimi, mənbədəki yuvarlaqlaşdırma ilə.",
    figureColumn: "Göstərici",
    column: "Bildirilən dəyişiklik",
  },
  /** A period against others of its kind. */
  comparison: {
    /** The periods a comparison shows, `kinds` the noun after a number ("ay"): "əvvəlki aylar". */
    scope: (p: { earlier: boolean; kinds: string }) => `${p.earlier ? "əvvəlki" : "sonrakı"} ${pluralOf(p.kinds)}`,
    title: (p: { metric: string; period: string; scope: string }) => `${p.metric}: ${p.period} və ${p.scope}`,
    /** Where the period stands among `others` other periods (`count` is their number formatted); absent with one other. */
    moreThanAll: (p: { others: number; count: string; scope: string }) =>
      p.others === 2 ? `${inflect(p.scope, "genitive")} hər ikisindən çox` : `${inflect(countedScope(p.scope, p.count), "genitive")} hər birindən çox`,
    fewerThanAll: (p: { others: number; count: string; scope: string }) =>
      p.others === 2 ? `${inflect(p.scope, "genitive")} hər ikisindən az` : `${inflect(countedScope(p.scope, p.count), "genitive")} hər birindən az`,
    moreThanSome: (p: { below: string; count: string; scope: string }) =>
      `${inflect(countedScope(p.scope, p.count), "ablative")} ${afterNumber(p.below, "possessive")} ilə müqayisədə çox`,
    /** Against the neighbouring period: `difference` and `change` come in words ("8.173 az", "29,9% azalma"). */
    same: (neighbour: string) => `${neighbour} ilə eyni`,
    differs: (p: { difference: string; neighbour: string; change?: string }) =>
      `${p.neighbour} ilə müqayisədə ${p.difference}${p.change === undefined ? "" : ` (${p.change})`}`,
    finding: (p: { period: string; value: string; unit: string; rank?: string; versus: string }) =>
      `${p.period}: ${p.value} ${p.unit}, ${p.rank ? `${p.rank}; ` : ""}${p.versus}.`,
    /** The bar of the page's own period. */
    thisPage: (value: string) => `${value} (bu səhifə)`,
    column: "Dövr",
  },
  /** One metric over the periods of one kind, on an indicator's page. */
  series: {
    title: (p: { metric: string; kind: string }) => `${p.metric}: ${p.kind} göstəricilər`,
    /** One figure in words: "5.261 zəng (noyabr 2024)". */
    figure: (p: { value: string; unit: string; period: string }) => `${p.value} ${p.unit} (${p.period})`,
    range: (p: { lowest: string; highest: string }) => `${p.lowest} ilə ${p.highest} arasında`,
    finding: (p: { count: string; kinds: string; range: string }) => `Göstərilən ${p.count} ${p.kinds} ərzində göstərici ${p.range} dəyişir.`,
    column: "Dövr",
  },
  /** Notes in an indicator's table of every figure. */
  indicatorTable: {
    computed: (formula: string) => `${status.derived}: ${formula}`,
    notOnCharts: "qrafiklərdə göstərilmir",
    printedWith: (period: string) => `${period} ilə müqayisə üçün verilib`,
  },
  /** The charts of a year page. */
  year: {
    months: (y: string) => `${inflect(year(y), "genitive")} ayları yan-yana`,
    cumulative: "Artan yekunla dövrlər",
    fullYear: "Tam il",
    title: (p: { metric: string; year: string }) => `${p.metric}: ${inflect(year(p.year), "genitive")} ayları`,
    /** `months` months shown, `computed` of them computed by this report; the counts come formatted too. */
    finding: (p: { months: string; computed: number; computedCount: string; range: string }) =>
      `Göstərilən ${p.months} ay ərzində${p.computed > 0 ? ` (onlardan ${p.computedCount} ay bu hesabat tərəfindən hesablanıb)` : ""} göstərici ${p.range} dəyişir. Boş yerlər öz rəqəmi olmayan aylardır.`,
    column: "Ay",
  },
};

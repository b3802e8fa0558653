import type { GapReason } from "../../charts/seriesGaps.ts";
import type { PointStatus } from "../../charts/types.ts";
import { rich } from "../rich.ts";

/** Status of a value in words, for data tables and downloads (the CSV files carry these words too). */
const status = {
  published: "published",
  derived: "computed by this report",
  flagged: "published for a period the source labels unclearly",
} satisfies Record<PointStatus, string>;

/** The words of the charts: titles, findings, keys, accessible names, table headings. */
export const charts = {
  /** The time axis: short month names, January first (the year goes under the first month of each year). */
  axis: { months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] },
  figure: {
    dataTable: "The data as a table",
    dataCaption: (title: string) => `Data: ${title}`,
    sourceColumn: "Source of the value",
    download: "Download",
    svg: "the chart (SVG)",
    or: "or",
    csv: "its data (CSV)",
    /** The HTML a reader can paste into an article, shown under the downloads. */
    embed: {
      summary: "Embed this chart in an article",
      /** What the snippet does, and which version of the chart it shows (`date` formatted, `href` the chart's stable file). */
      note: rich((p: { date: string; datetime: string; href: string }) => [
        "Paste this HTML into an article to show the chart with its citation and a link back to this page. The image is the chart as built on ",
        { text: p.date, datetime: p.datetime },
        ", from a file named for that date: later updates of the site leave it unchanged, and it stays online for as long as the site keeps the files of earlier versions. ",
        { text: "The chart's latest version", href: p.href },
        " is always at its own address.",
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
      "no-bulletin": "no bulletin among the sources",
      "no-figure": "not among that period's figures",
    } satisfies Record<GapReason, string>,
    /** The same, as a key line above a group of charts. */
    keyLine: {
      "no-bulletin": "Shaded: no bulletin among the sources.",
      "no-figure": "Dotted outline: the sources hold the period, but not this figure for it.",
    } satisfies Record<GapReason, string>,
    title: (span: string, reason: string) => `${span}: ${reason}`,
  },
  /** What a hatched or dashed bar means, for the key under a chart. */
  statusKeys: {
    derived: "Hatched: computed by this report; no source gives it.",
    flagged: "Dashed outline: the period is unclear at the source.",
  } satisfies Record<Exclude<PointStatus, "published">, string>,
  /** Why values are drawn hatched or dashed, once per cause; labels come as the sentence needs them. */
  statusNotes: {
    computed: (p: { period: string; formula: string }) => `${p.period} = ${p.formula}.`,
    labelUsedTwice: (sourceLabel: string) => `The source prints “${sourceLabel}” on two bulletins with different figures, so one of the two labels is wrong.`,
    periodNotStated: (period: string) => `The source does not say which period the ${period} covers.`,
  },
  /** A list in a sentence: "a, b and c"; "a, b and 3 more" beyond a limit (the count comes formatted). */
  list: {
    separator: ", ",
    and: "and",
    more: (count: string) => `${count} more`,
  },
  /** Sentences of one finding, in reading order. */
  sentences: (sentences: readonly string[]) => sentences.join(" "),
  /** Accessible names of the charts: what kind of chart shows what. */
  label: {
    bars: (title: string) => `Bar chart: ${title}`,
    changes: (title: string) => `Bar chart: ${title}, as percent changes`,
    overTime: (title: string) => `Bar chart over time: ${title}`,
  },
  /** A total broken into the parts the source lists. */
  breakdown: {
    title: (p: { period: string; total: string }) => `${p.period}: ${p.total}, by kind`,
    largestPart: (p: { part: string; value: string; total: string; unit: string; share: string }) => `The largest part is ${p.part}: ${p.value} of ${p.total} ${p.unit} (${p.share}).`,
    /** `count` is `n` formatted, `unit` the unit word that goes with it. */
    notItemisedCount: (p: { n: number; count: string; unit: string }) => `${p.count} ${p.unit} ${p.n === 1 ? "is" : "are"} not itemised in the source.`,
    partsExceedTotal: (excess: string) => `The parts the source lists add up to ${excess} more than the total it states.`,
    /** The label of the bar for what the parts leave out; also written into the chart's CSV. */
    notItemised: "Not itemised in the source",
    notItemisedNote: (notItemised: string) => `“${notItemised}” = the total minus the parts the source lists.`,
    column: "Part of the total",
  },
  /** The same breakdown summed by topic. */
  topics: {
    title: (p: { period: string; total: string }) => `${p.period}: ${p.total}, by topic`,
    finding: (p: { topic: string; share: string; total: string; unit: string }) => `${p.topic} accounts for ${p.share} of the ${p.total} ${p.unit}.`,
    note: "Each topic adds up the parts the source lists under it; the sums are computed by this report.",
    column: "Topic",
  },
  /** A period's separate totals of one unit side by side. */
  sideBySide: {
    title: (p: { period: string; unit: string }) => `${p.period}: ${p.unit} by line of work`,
    finding: (p: { figure: string; value: string; unit: string }) => `The largest is ${p.figure}, with ${p.value} ${p.unit}; the source gives these figures separately, not as parts of one total.`,
    column: "Figure",
  },
  /** Changes this report computes from the comparison period printed in the same document. */
  change: {
    title: (p: { before: string; period: string }) => `Change from ${p.before} to ${p.period}, figure by figure`,
    /** `figures` figures were published for both periods and `rises` of them rose; the counts come formatted too. */
    finding: (p: { figures: number; rises: number; figuresCount: string; risesCount: string; largest: string; change: string }) =>
      `${
        p.figures === 1
          ? p.rises === 1
            ? "The one figure published for both periods rose"
            : "The one figure published for both periods did not rise"
          : `${p.risesCount} of the ${p.figuresCount} figures published for both periods rose`
      }; the largest change is in ${p.largest}, ${p.change}.`,
    note: "The changes are computed by this report from the two figures the source prints; where the source also states a change, its own rounded statement is in the table of figures.",
    figureColumn: "Figure",
    column: "Change",
  },
  /** Changes as the source states them. */
  stated: {
    title: (p: { before: string; period: string }) => `Change from ${p.before} to ${p.period}, as the source states it`,
    item: (p: { figure: string; change: string }) => `${p.figure} ${p.change}`,
    findingUnpublished: (p: { before: string; list: string }) => `The source gives no figures for ${p.before}, only changes from it: ${p.list}.`,
    finding: (p: { before: string; count: string; list: string }) => `The source states the change from ${p.before} for ${p.count} figures: ${p.list}.`,
    note: "Percent changes as the source prints them, rounded as printed.",
    figureColumn: "Figure",
    column: "Change as stated",
  },
  /** A period against others of its kind. */
  comparison: {
    /** The periods a comparison shows, `kinds` in the plural: "earlier months". */
    scope: (p: { earlier: boolean; kinds: string }) => `${p.earlier ? "earlier" : "later"} ${p.kinds}`,
    title: (p: { metric: string; period: string; scope: string }) => `${p.metric}: ${p.period} and the ${p.scope}`,
    /** Where the period stands among `others` other periods (`count` is their number formatted); absent with one other. */
    moreThanAll: (p: { others: number; count: string; scope: string }) => `more than in ${p.others === 2 ? "both" : `any of the ${p.count}`} ${p.scope}`,
    fewerThanAll: (p: { others: number; count: string; scope: string }) => `fewer than in ${p.others === 2 ? "both" : `any of the ${p.count}`} ${p.scope}`,
    moreThanSome: (p: { below: string; count: string; scope: string }) => `more than in ${p.below} of the ${p.count} ${p.scope}`,
    /** Against the neighbouring period: `difference` and `change` come in words ("8,173 fewer", "down 29.9%"). */
    same: (neighbour: string) => `the same as in ${neighbour}`,
    differs: (p: { difference: string; neighbour: string; change?: string }) => `${p.difference} than in ${p.neighbour}${p.change === undefined ? "" : `, ${p.change}`}`,
    finding: (p: { period: string; value: string; unit: string; rank?: string; versus: string }) => `${p.period}: ${p.value} ${p.unit}, ${p.rank ? `${p.rank}; ` : ""}${p.versus}.`,
    /** The bar of the page's own period. */
    thisPage: (value: string) => `${value} (this page)`,
    column: "Period",
  },
  /** One metric over the periods of one kind, on an indicator's page. */
  series: {
    title: (p: { metric: string; kind: string }) => `${p.metric}: ${p.kind} figures`,
    /** One figure in words: "5,261 calls in November 2024". */
    figure: (p: { value: string; unit: string; period: string }) => `${p.value} ${p.unit} in ${p.period}`,
    range: (p: { lowest: string; highest: string }) => `from ${p.lowest} to ${p.highest}`,
    finding: (p: { count: string; kinds: string; range: string }) => `Across the ${p.count} ${p.kinds} shown, the figure ranges ${p.range}.`,
    column: "Period",
  },
  /** Notes in an indicator's table of every figure. */
  indicatorTable: {
    computed: (formula: string) => `${status.derived}: ${formula}`,
    notOnCharts: "not on the charts",
    printedWith: (period: string) => `printed for comparison with ${period}`,
  },
  /** The charts of a year page. */
  year: {
    months: (year: string) => `The months of ${year} side by side`,
    cumulative: "Cumulative periods",
    fullYear: "The full year",
    title: (p: { metric: string; year: string }) => `${p.metric}: the months of ${p.year}`,
    /** `months` months shown, `computed` of them computed by this report; the counts come formatted too. */
    finding: (p: { months: string; computed: number; computedCount: string; range: string }) =>
      `Across the ${p.months} months${p.computed > 0 ? ` (${p.computedCount} computed by this report)` : ""}, the figure ranges ${p.range}. Gaps are months with no figure of their own.`,
    column: "Month",
  },
};

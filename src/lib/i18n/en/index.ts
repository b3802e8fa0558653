import { charts } from "./charts.ts";
import { components } from "./components.ts";
import { downloads } from "./downloads.ts";
import { notes } from "./notes.ts";
import { pages } from "./pages.ts";
import { site } from "./site.ts";
import { terms } from "./terms.ts";

/**
 * Every word of the English edition a reader sees, apart from the dataset's own labels and
 * definitions (metrics.yaml and the other data files) and the narratives. Keyed by where it
 * is used; a message with figures in it is a function of them, already formatted.
 */
export const en = {
  /** The locale that numbers and dates are formatted for. */
  locale: "en-GB",
  /** The language of the pages, for lang attributes and metadata. */
  lang: "en",
  site,
  terms,
  notes,
  pages,
  components,
  downloads,
  /** The tooltips of the figures a narrative cites, which say where each comes from. */
  references: {
    figure: (p: { metric: string; definition: string; source: string }) => `${p.metric}: ${p.definition} Source: ${p.source}.`,
    computedAs: (formula: string) => `computed by this report as ${formula}`,
    gap: (p: { metric: string; total: string; itemised: string }) => `Computed by this report: ${p.metric} (${p.total}) minus the sum of the parts the source lists (${p.itemised}).`,
    share: (p: { part: string; partValue: string; whole: string; wholeValue: string }) =>
      `Computed by this report: ${p.part} (${p.partValue}) as a share of ${p.whole.toLowerCase()} (${p.wholeValue}).`,
    computedFrom: (p: { after: string; period: string; before: string; vs: string }) => `Computed by this report from ${p.after} in ${p.period} against ${p.before} in ${p.vs}.`,
  },
  cards: {
    footer: "Azerbaijan migration statistics · figures of the State Migration Service, cited to source",
    period: (kind: string, period: string) => `${kind} · ${period}`,
    indicator: (figures: string) => `Indicator · ${figures} published figures`,
    latestIn: (period: string) => `in ${period}`,
    year: (year: string) => `Annual summary · ${year}`,
    yearTitle: (year: string) => `The year ${year} in the figures of the SMS`,
    yearPeriods: (year: string) => `reporting periods published for ${year}`,
    home: (periods: string, latest: string) => `${periods} reporting periods · latest: ${latest}`,
    homeTitle: "Azerbaijan's migration statistics, figure by figure",
  },
  feed: {
    title: "Azerbaijan migration statistics: reporting periods",
    description: "Each reporting period of Azerbaijan's State Migration Service, with its figures cited to source.",
    itemTitle: (period: string, headline: string) => `${period}: ${headline}`,
    itemDescription: (period: string) => `Figures for ${period}.`,
    /** An item for a figure changed after first publication. */
    revisionTitle: (p: { metric: string; period: string }) => `Revised: ${p.metric}, ${p.period}`,
    revisionDescription: (p: { old: string; now: string; kind: string; reason: string }) => `${p.old} → ${p.now} (${p.kind}). ${p.reason}`,
  },
  charts,
};

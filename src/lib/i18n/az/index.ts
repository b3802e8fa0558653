import type { Messages } from "../messages.ts";
import { charts } from "./charts.ts";
import { components } from "./components.ts";
import { downloads } from "./downloads.ts";
import { glossary } from "./glossary.ts";
import { notes } from "./notes.ts";
import { pages } from "./pages.ts";
import { inflectCompound, year } from "./plural.ts";
import { site } from "./site.ts";
import { terms } from "./terms.ts";

const sms = glossary.SMS.term;

/**
 * Every word of the Azerbaijani edition a reader sees, apart from the dataset's own labels
 * and definitions (content/data/editions/az.yaml) and the narratives. Keyed by where it is
 * used; a message with figures in it is a function of them, already formatted. Official
 * terms come from ./glossary.ts.
 */
export const az = {
  /** The locale that numbers and dates are formatted for. */
  locale: "az",
  /** The language of the pages, for lang attributes and metadata. */
  lang: "az",
  site,
  terms,
  notes,
  pages,
  components,
  downloads,
  /** The tooltips of the figures a narrative cites, which say where each comes from. */
  references: {
    figure: (p: { metric: string; definition: string; source: string }) => `${p.metric}: ${p.definition} Mənbə: ${p.source}.`,
    computedAs: (formula: string) => `bu hesabat tərəfindən ${formula} kimi hesablanıb`,
    gap: (p: { metric: string; total: string; itemised: string }) =>
      `Bu hesabat tərəfindən hesablanıb: “${p.metric}” (${p.total}) göstəricisindən mənbənin sadaladığı hissələrin cəmi (${p.itemised}) çıxılmaqla.`,
    share: (p: { part: string; partValue: string; whole: string; wholeValue: string }) =>
      `Bu hesabat tərəfindən hesablanıb: “${p.part}” (${p.partValue}) göstəricisinin “${p.whole}” (${p.wholeValue}) göstəricisində payı.`,
    computedFrom: (p: { after: string; period: string; before: string; vs: string }) =>
      `Bu hesabat tərəfindən ${p.period} üzrə ${p.after} və ${p.vs} üzrə ${p.before} rəqəmlərindən hesablanıb.`,
  },
  cards: {
    footer: `Azərbaycanın miqrasiya statistikası · ${inflectCompound(glossary["State Migration Service"].term, "genitive")} rəqəmləri, mənbəyə istinadla`,
    period: (kind: string, period: string) => `${kind} · ${period}`,
    indicator: (figures: string) => `Göstərici · ${figures} dərc olunmuş rəqəm`,
    latestIn: (period: string) => `${period} üzrə`,
    year: (y: string) => `İllik xülasə · ${y}`,
    yearTitle: (y: string) => `${year(y)} ${sms}-in rəqəmlərində`,
    /** Under the number of periods, which keeps the noun singular: "3 hesabat dövrü". */
    yearPeriods: (y: string) => `${year(y)} üzrə dərc olunmuş ${glossary["reporting period"].term}`,
    home: (periods: string, latest: string) => `${periods} ${glossary["reporting period"].term} · sonuncu: ${latest}`,
    homeTitle: "Azərbaycanın miqrasiya statistikası, rəqəm-rəqəm",
  },
  feed: {
    title: "Azərbaycanın miqrasiya statistikası: hesabat dövrləri",
    description: `Azərbaycan ${inflectCompound(glossary["State Migration Service"].term, "genitive")} hər hesabat dövrü, rəqəmləri mənbəyə istinadla.`,
    itemTitle: (period: string, headline: string) => `${period}: ${headline}`,
    itemDescription: (period: string) => `${period} üzrə rəqəmlər.`,
    revisionTitle: (p: { metric: string; period: string }) => `Dəyişdirilib: ${p.metric}, ${p.period}`,
    revisionDescription: (p: { old: string; now: string; kind: string; reason: string }) => `${p.old} → ${p.now} (${p.kind}). ${p.reason}`,
  },
  charts,
} satisfies Messages;

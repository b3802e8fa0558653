import type { Edition } from "../editionPaths.ts";
import { rich } from "../rich.ts";
import { paths } from "../../url.ts";

/** The words of the parts that several pages share. */
export const components = {
  /** A page with no narrative in this language, that has one in others: the languages, linked. */
  commentaryIn: rich((languages: { text: string; href: string; edition: Edition }[]) => [
    "The commentary on these figures is not yet written in English; it is available in ",
    ...languages.flatMap((language, i) => (i === 0 ? [language] : [" and ", language])),
    ".",
  ]),
  figureTable: {
    figure: "Figure",
    value: "Value",
    source: "Source",
    comparedWith: (period: string) => `compared with ${period}, as the source states it`,
    computedBy: (formula: string) => `Computed by this report: ${formula}`,
    stated: "stated",
    computedUnit: (unit: string) => `${unit}, computed`,
    notGiven: "not given",
    from: "from ",
    line: (line: string) => `line ${line}`,
    /** Beside a value changed since this report first published it; the old value comes formatted. */
    /** Under a value that changed since first published; the change and its reason are under the figure's name. */
    revisedTag: "revised",
    revised: (p: { date: string; kind: string; old: string }) => `Revised ${p.date} (${p.kind}); was ${p.old}.`,
  },
  notices: { seeAlso: "See also:" },
  pager: {
    label: "Neighbouring periods",
    earlier: "Earlier",
    later: "Later",
    onTimeline: "Periods follow each other by the day they end: a six-month, nine-month or full-year total comes right after the last month it contains.",
    offTimeline: "This block is not placed on the time axis, because the source does not say which period it covers.",
    allPeriods: "All periods",
  },
  notesSection: {
    heading: "Notes on the figures",
    footer: rich(() => ["These notes are computed from the figures at every build. ", { text: "All notes, sources and methods", href: paths.notes() }, "."]),
  },
};

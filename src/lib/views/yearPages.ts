import { sharedKeys, type ChartKey } from "./chartFigure.ts";
import type { Chart } from "../charts/types.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import { describeYear, type YearCoverage } from "../years/describeYear.ts";
import { yearCharts } from "../years/yearCharts.ts";
import type { YearPeriods } from "../years/yearPeriods.ts";
import { yearTables, type YearTableSet } from "../years/yearTables.ts";
import { noteViews, type NoteView } from "./noteViews.ts";
import type { NarrativeHead } from "./periodPage.ts";

export interface YearListEntry {
  year: string;
  href: string;
  heading: string;
  status: string;
  periods: { label: string; href: string }[];
  summary?: string;
}

/** /years/: one entry per year, newest first. */
export function yearListView(model: SiteModel, heads: ReadonlyMap<string, NarrativeHead>): YearListEntry[] {
  const w = model.m.pages.years;
  return model.years.map((periods) => {
    const head = heads.get(periods.year);
    return {
      year: periods.year,
      href: paths.year(periods.year),
      heading: w.heading(periods.year, head?.title),
      status: describeYear(periods, model.m).complete ? w.complete : w.incomplete,
      periods: periods.periods.map((p) => ({ label: p.label, href: paths.period(p.id) })),
      summary: head?.summary,
    };
  });
}

export interface YearView {
  year: string;
  /** Page title and citation title. */
  title: string;
  /** The year alone, for a <title> the headline would make too long. */
  shortTitle: string;
  heading: string;
  description: string;
  runningTitle: string;
  coverage: YearCoverage;
  status: string;
  /** Each kind of period of the year and its periods, linked to the page that shows them. */
  entries: { term: string; note: string; periods: { id: string; label: string; href: string; kind: string }[] }[];
  /** Each group's charts, and the key lines they all share (written once above them). */
  chartGroups: { id: string; heading: string; charts: { chart: Chart; downloads: boolean }[]; keys: ChartKey[] }[];
  tableSets: (YearTableSet & { intro: string })[];
  notes: NoteView[];
  /** The table of contents: the page's sections, the narrative's own headings among them. */
  contents: { id: string; text: string }[];
}

/** /years/<yyyy>/: what the report has for the year, charts and tables by kind, notes. */
export function yearView(model: SiteModel, periods: YearPeriods, head?: NarrativeHead, headings: readonly { depth: number; slug: string; text: string }[] = []): YearView {
  const { year } = periods;
  const w = model.m.pages.year;
  const coverage = describeYear(periods, model.m);
  const heading = head?.title ?? w.defaultHeading(year);
  const chartGroups = yearCharts(model, periods).map((group) => ({
    ...group,
    charts: group.charts.map((chart) => ({ chart, downloads: model.charts.ids.has(chart.id) })),
    keys: sharedKeys(group.charts),
  }));
  const tableSets = yearTables(model.dataset, model.derived, periods, model.m).map((set) => ({
    ...set,
    intro: w.tablesIntro(set.tables[0]!.columns.length > 1),
  }));
  const notes = noteViews(model, model.notesOf([...periods.periods, ...periods.companions]));
  return {
    year,
    title: w.title(year, heading),
    shortTitle: year,
    heading,
    description: head?.summary ?? w.description(year),
    runningTitle: model.m.pages.year.runningTitle(year, model.m.site.name),
    coverage,
    status: w.status(year, coverage.complete),
    entries: coverage.entries.map((entry) => ({
      term: entry.term,
      note: entry.note,
      periods: entry.periods.map((p) => ({
        id: p.id,
        label: p.label,
        href: paths.period(p.companionOf ?? p.id),
        kind: p.companionOf ? w.onPageOf(model.m.terms.kinds.label[p.kind], model.periods.get(p.companionOf).label) : model.m.terms.kinds.label[p.kind],
      })),
    })),
    chartGroups,
    tableSets,
    notes,
    contents: [
      { id: "year-periods", text: w.whatWeHave(year) },
      ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
      ...(chartGroups.length > 0 ? [{ id: "year-charts", text: w.charts }] : []),
      ...tableSets.map((set) => ({ id: `tables-${set.id}`, text: set.heading })),
      ...(notes.length > 0 ? [{ id: "year-notes", text: w.notes }] : []),
    ],
  };
}

import type { Chart } from "../charts/types.ts";
import { PERIOD_KIND_LABELS } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { REPORT_NAME } from "../share/citation.ts";
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
  return model.years.map((periods) => {
    const head = heads.get(periods.year);
    return {
      year: periods.year,
      href: paths.year(periods.year),
      heading: `${periods.year}${head ? `: ${head.title}` : ""}`,
      status: describeYear(periods).complete ? "Published as a whole" : "Incomplete: no figure for the whole year",
      periods: periods.periods.map((p) => ({ label: p.label, href: paths.period(p.id) })),
      summary: head?.summary,
    };
  });
}

export interface YearView {
  year: string;
  /** Page title and citation title. */
  title: string;
  heading: string;
  description: string;
  runningTitle: string;
  coverage: YearCoverage;
  status: string;
  /** Each kind of period of the year and its periods, linked to the page that shows them. */
  entries: { term: string; note: string; periods: { id: string; label: string; href: string; kind: string }[] }[];
  chartGroups: { id: string; heading: string; charts: { chart: Chart; downloads: boolean }[] }[];
  tableSets: (YearTableSet & { intro: string })[];
  notes: NoteView[];
  /** The contents before and after the narrative's own headings. */
  contents: { before: { id: string; text: string }[]; after: { id: string; text: string }[] };
}

/** /years/<yyyy>/: what the report has for the year, charts and tables by kind, notes. */
export function yearView(model: SiteModel, periods: YearPeriods, head?: NarrativeHead): YearView {
  const { year } = periods;
  const coverage = describeYear(periods);
  const heading = head?.title ?? `${year} in figures`;
  const chartGroups = yearCharts(model, periods).map((group) => ({ ...group, charts: group.charts.map((chart) => ({ chart, downloads: model.charts.ids.has(chart.id) })) }));
  const tableSets = yearTables(model.dataset, model.derived, periods).map((set) => ({
    ...set,
    intro: `${set.tables[0]!.columns.length > 1 ? "One column per period, as the source prints it. " : ""}Parts of a total are indented under it; each figure links to the line of the source that prints it.`,
  }));
  const notes = noteViews(model, model.notesOf([...periods.periods, ...periods.companions]));
  return {
    year,
    title: `${year}: ${heading}`,
    heading,
    description: head?.summary ?? `What the State Migration Service of Azerbaijan published for ${year}, period by period, each figure cited to its source.`,
    runningTitle: `${year} · Annual summary · ${REPORT_NAME}`,
    coverage,
    status: `${year}: ${coverage.complete ? "published as a whole" : "incomplete, no figure for the whole year"}`,
    entries: coverage.entries.map((entry) => ({
      term: entry.term,
      note: entry.note,
      periods: entry.periods.map((p) => ({
        id: p.id,
        label: p.label,
        href: paths.period(p.companionOf ?? p.id),
        kind: `${PERIOD_KIND_LABELS[p.kind]}${p.companionOf ? `, on the page of ${model.periods.get(p.companionOf).label}` : ""}`,
      })),
    })),
    chartGroups,
    tableSets,
    notes,
    contents: {
      before: [{ id: "year-periods", text: `What the report has for ${year}` }],
      after: [
        ...(chartGroups.length > 0 ? [{ id: "year-charts", text: "The year in charts" }] : []),
        ...tableSets.map((set) => ({ id: `tables-${set.id}`, text: set.heading })),
        ...(notes.length > 0 ? [{ id: "year-notes", text: "Notes on the figures" }] : []),
      ],
    },
  };
}

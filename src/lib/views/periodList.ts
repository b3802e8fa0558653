import type { Period } from "../dataset/types.ts";
import { formatNumber, formatPeriodSpan } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";

export interface PeriodListRow {
  href: string;
  label: string;
  kind: string;
  covers: string;
  /** The period's own figures: published, or computed for a derived period. */
  figures: string;
  note: string;
}

export interface PeriodListGroup {
  id: string;
  heading: string;
  rows: PeriodListRow[];
}

/** /periods/: the periods on the time axis, newest first, then those with no place in time. */
export function periodListView(model: SiteModel): PeriodListGroup[] {
  const rows = (periods: readonly Period[]) =>
    periods.map((p) => ({
      href: paths.period(p.id),
      label: p.label,
      kind: model.m.terms.kinds.label[p.kind],
      covers: formatPeriodSpan(p, model.m),
      figures: formatNumber(model.figuresOf(p).length, model.m),
      note: p.flags.map((f) => model.m.terms.flags[f]).join("; "),
    }));
  return [
    { id: "dated", heading: model.m.pages.periods.dated, rows: rows([...model.timeline].reverse()) },
    { id: "undated", heading: model.m.pages.periods.undated, rows: rows(model.offTimeline) },
  ].filter((g) => g.rows.length > 0);
}

export interface YearOfPeriods {
  year: string;
  /** The year's summary page. */
  href: string;
  /** Its periods, newest first. */
  periods: { label: string; href: string; kind: string }[];
}

/** The home page's list of periods: year by year, newest first, each year linked to its summary. */
export function periodsByYear(model: SiteModel): YearOfPeriods[] {
  return model.years.map((year) => ({
    year: year.year,
    href: paths.year(year.year),
    periods: [...year.periods].reverse().map((p) => ({ label: p.label, href: paths.period(p.id), kind: model.m.terms.kinds.label[p.kind] })),
  }));
}

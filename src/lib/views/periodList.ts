import { PERIOD_FLAG_LABELS, PERIOD_KIND_LABELS, formatNumber, formatPeriodSpan } from "../format.ts";
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
  const dated = [...model.timeline].reverse();
  const undated = model.pagePeriods.filter((p) => !dated.includes(p));
  const rows = (periods: typeof dated) =>
    periods.map((p) => ({
      href: paths.period(p.id),
      label: p.label,
      kind: PERIOD_KIND_LABELS[p.kind],
      covers: formatPeriodSpan(p),
      figures: formatNumber(model.figuresOf(p).length),
      note: p.flags.map((f) => PERIOD_FLAG_LABELS[f]).join("; "),
    }));
  return [
    { id: "dated", heading: "On the time axis, newest first", rows: rows(dated) },
    { id: "undated", heading: "Not on the time axis", rows: rows(undated) },
  ].filter((g) => g.rows.length > 0);
}

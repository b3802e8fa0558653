import type { Chart } from "./types.ts";

/** What a chart builder gives: a chart, with its accessible name still to be made from its title. */
export interface ChartParts extends Omit<Chart, "label"> {
  /** Names the kind of chart that shows `title`, for assistive technology. */
  label: (title: string) => string;
}

/** A chart from its parts, so that every chart's accessible name is made from its title. */
export function makeChart({ id, title, finding, notes, label, columns, rows, csv, plot }: ChartParts): Chart {
  return { id, title, finding, notes, label: label(title), columns, rows, csv, plot };
}

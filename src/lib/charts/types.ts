import type { PlotSpec } from "./plotSpec.ts";

/**
 * Where a charted value comes from. `derived`: computed by this report (a derived period,
 * or the part of a total its parts leave out); `flagged`: published, but for a period the
 * source labels ambiguously (a label used twice) or not at all.
 */
export type PointStatus = "published" | "derived" | "flagged";

/** One row of a chart's data table: what the value is, the value, and where it comes from. */
export interface ChartRow {
  label: string;
  /** Root-relative link for the label, e.g. the period page that prints the figure. */
  href?: string;
  value: number;
  /** The value as the table and the chart print it. */
  display: string;
  status: PointStatus;
}

/** A sentence under a chart; with a status, it explains the values drawn that way. */
export interface ChartNote {
  status?: Exclude<PointStatus, "published">;
  text: string;
}

/** A chart ready to render: its words, its data and what its Plot options are made from. */
export interface Chart {
  /** Stable across builds: names the download files and the figure's id. */
  id: string;
  title: string;
  /** The main finding in one sentence, computed from the data. */
  finding: string;
  /** Why some values look different (computed, flagged), and how the chart was made. */
  notes: ChartNote[];
  /** Accessible name of the SVG: what kind of chart shows what. */
  label: string;
  /** Column headings of the data table: what a row is, and the value. */
  columns: [string, string];
  rows: ChartRow[];
  /** The data as a download: a header and one record per row, raw values. */
  csv: { header: string[]; records: (string | number)[][] };
  plot: PlotSpec;
}

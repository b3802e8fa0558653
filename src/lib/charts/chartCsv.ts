import { csvFormatRows } from "d3-dsv";
import type { Chart } from "./types.ts";

/** A chart's data as CSV text, header first, values raw (unformatted). */
export function chartCsv(chart: Pick<Chart, "csv">): string {
  return `${csvFormatRows([chart.csv.header, ...chart.csv.records.map((r) => r.map(String))])}\n`;
}

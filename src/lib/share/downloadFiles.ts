import { chartCsv } from "../charts/chartCsv.ts";
import { standaloneSvg } from "../charts/renderChart.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { paths } from "../url.ts";
import { periodFigures, periodTable, toCsv } from "./downloads.ts";
import { sdmxTable } from "./sdmxCsv.ts";

/** A file of the site, by its path in the edition ("/charts/….svg"): its text, or the path of an earlier file it repeats byte for byte. */
export type SiteFile = { path: string; body: string } | { path: string; copyOf: string };

/**
 * The download files of an edition that come one or more per chart and per period: each
 * chart as SVG, at its stable name and at the name of the build of `date` that embedded
 * copies point to (the same bytes), and as CSV; each period page's figures as CSV and as
 * SDMX-CSV. There are tens of thousands of them on a large site: the build writes them
 * itself, beside Astro's pages (scripts/sidecar.ts).
 */
export function* downloadFiles(model: SiteModel, date: string): Generator<SiteFile> {
  for (const chart of model.charts.all) {
    const svg = standaloneSvg(model.svg(chart), chart.title, chart.finding);
    yield { path: paths.chartSvg(chart.id), body: svg };
    yield { path: paths.chartSvgOn(chart.id, date), copyOf: paths.chartSvg(chart.id) };
    yield { path: paths.chartCsv(chart.id), body: chartCsv(chart) };
  }
  for (const period of model.pagePeriods) {
    yield { path: paths.dataFile(`periods/${period.id}.csv`), body: toCsv(periodTable(model, period)) };
    yield { path: paths.dataFile(`periods/${period.id}.sdmx.csv`), body: toCsv(sdmxTable(model.dataset, periodFigures(model, period))) };
  }
}

import type { Metric, Period } from "../dataset/types.ts";
import { unitLabel } from "../format.ts";
import type { SiteModel } from "../model/siteModel.ts";
import { allFigures, periodFigures } from "../share/downloads.ts";
import { paths } from "../url.ts";

/**
 * The schema.org Dataset a period or indicator page adds to its JSON-LD: the figures it
 * shows, what they measure and the files they come in. The page frame (Base.astro) adds
 * the name, description and address it gives every page.
 */
export interface DatasetLd {
  /** ISO 8601 interval, first day to last: absent where no figure has dates. */
  temporalCoverage?: string;
  distribution: DataDownloadLd[];
  variableMeasured: StatisticalVariableLd[];
}

export interface DataDownloadLd {
  "@type": "DataDownload";
  contentUrl: string;
  encodingFormat: string;
}

/**
 * A metric. StatisticalVariable says what is counted; PropertyValue, its second type, is
 * the type schema.org gives `unitText`, so the unit can be said in the edition's words.
 */
export interface StatisticalVariableLd {
  "@type": ["StatisticalVariable", "PropertyValue"];
  identifier: string;
  name: string;
  description: string;
  unitText: string;
  url?: string;
}

const CSV = "text/csv";
const SDMX_CSV = "application/vnd.sdmx.data+csv; version=2.0.0";

/** Absolute URL of a site path in the page's edition (the page builds it from Astro.site). */
export type AbsoluteUrl = (path: string) => string;

type Model = Pick<SiteModel, "dataset" | "derived" | "shownOn" | "metrics" | "units" | "indicators" | "charts" | "periods">;

function variables(model: Model, metricIds: Iterable<string>, href: AbsoluteUrl): StatisticalVariableLd[] {
  const withPage = new Set(model.indicators.map((m) => m.id));
  return [...new Set(metricIds)].map((id) => {
    const metric = model.metrics.get(id);
    return {
      "@type": ["StatisticalVariable", "PropertyValue"],
      identifier: metric.id,
      name: metric.label,
      description: metric.definition,
      unitText: unitLabel(model.units.get(metric.unit)),
      ...(withPage.has(metric.id) ? { url: href(paths.indicator(metric.id)) } : {}),
    };
  });
}

/** First to last day of the dated periods among `periods`. */
function coverage(periods: readonly Period[]): string | undefined {
  const dated = periods.filter((p) => p.start !== undefined && p.end !== undefined);
  if (dated.length === 0) return undefined;
  const start = dated.map((p) => p.start!).sort()[0]!;
  const end = dated.map((p) => p.end!).sort().at(-1)!;
  return `${start}/${end}`;
}

const download = (contentUrl: string, encodingFormat: string): DataDownloadLd => ({ "@type": "DataDownload", contentUrl, encodingFormat });

/** /periods/<id>/: the period's dates, the metrics of the figures it shows, its two files. */
export function periodDatasetLd(model: Model, period: Period, href: AbsoluteUrl): DatasetLd {
  return {
    temporalCoverage: coverage([period]),
    distribution: [download(href(paths.dataFile(`periods/${period.id}.csv`)), CSV), download(href(paths.dataFile(`periods/${period.id}.sdmx.csv`)), SDMX_CSV)],
    variableMeasured: variables(model, periodFigures(model, period).map((o) => o.metric), href),
  };
}

/** /indicators/<metric>/: first to last dated figure of the metric, its chart files, and the whole SDMX file. */
export function indicatorDatasetLd(model: Model, metric: Metric, href: AbsoluteUrl): DatasetLd {
  const periods = allFigures(model).filter((o) => o.metric === metric.id).map((o) => model.periods.get(o.period));
  return {
    temporalCoverage: coverage(periods),
    distribution: [...model.charts.ofMetric(metric.id).map((chart) => download(href(paths.chartCsv(chart.id)), CSV)), download(href(paths.dataFile("sdmx.csv")), SDMX_CSV)],
    variableMeasured: variables(model, [metric.id], href),
  };
}

/**
 * The one place that spells the site's URLs. Pages link only through these helpers, so the
 * permalinks stay fixed and a deploy under a sub-path (`base`) reaches every link.
 */
import { inEdition, splitEditionPath, type Edition } from "./i18n/editionPaths.ts";

// Written out in full so that Vite can put the configured base in at build time; plain Node
// (scripts, tests) has no import.meta.env and gets "/".
const BASE: string = import.meta.env?.BASE_URL ?? "/";

/** Prefixes a root-relative path with the deploy base: "/periods/" -> "/sms-report/periods/". */
export function withBase(path: string, base: string = BASE): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, "")}`;
}

/** The deploy base of an edition's pages: "/" for English, "/az/" (under the deploy base) for the others. */
export function editionBase(edition: Edition, base: string = BASE): string {
  return withBase(inEdition(edition, "/"), base);
}

/**
 * A link from the page at `page` to the site path `path`, in the page's own edition: from
 * /az/periods/2024-11/, "/periods/" becomes "/az/periods/". Pages and components link only
 * through this, so an edition's internal links stay in that edition.
 */
export function linkFrom(page: URL, path: string, base: string = BASE): string {
  const [edition] = splitEditionPath(`/${page.pathname.slice(withBase("/", base).length)}`);
  return withBase(inEdition(edition, path), base);
}

/** The name a chart's files take in the build of `date` (YYYY-MM-DD): "2024-11-parts-x.2026-01-15". */
export function chartVersion(chartId: string, date: string): string {
  return `${chartId}.${date}`;
}

export const paths = {
  home: () => "/",
  periods: () => "/periods/",
  period: (id: string) => `/periods/${id}/`,
  years: () => "/years/",
  year: (y: string) => `/years/${y}/`,
  yearPdf: (y: string) => `/years/${y}.pdf`,
  about: () => "/about/",
  sources: () => "/sources/",
  notes: () => "/notes/",
  revisions: () => "/revisions/",
  source: (documentId: string) => `/sources/#${documentId}`,
  indicators: () => "/indicators/",
  indicator: (metricId: string) => `/indicators/${metricId}/`,
  chartSvg: (chartId: string) => `/charts/${chartId}.svg`,
  /** The chart as built on `date`: an embedded copy points here, so it never changes under the article that quotes it. */
  chartSvgOn: (chartId: string, date: string) => `/charts/${chartVersion(chartId, date)}.svg`,
  chartCsv: (chartId: string) => `/charts/${chartId}.csv`,
  /** The social card of a page: "/periods/2024-11/" -> "/cards/periods/2024-11.png". */
  card: (pagePath: string) => `/cards${pagePath.replace(/\/$/, "")}.png`,
  feed: () => "/feed.xml",
  sitemap: () => "/sitemap-index.xml",
  data: () => "/data/",
  search: () => "/search/",
  /** The search index Pagefind writes at build time, and its script (pagefind.js). */
  searchBundle: () => "/pagefind/",
  dataFile: (name: string) => `/data/${name}`,
  /** The Frictionless descriptor of every CSV file, at the edition's root so that its paths reach /data/ and /charts/. */
  dataPackage: () => "/datapackage.json",
  /** A Table Schema of the data package, shared by every file of one kind. */
  dataSchema: (name: string) => `/data/schemas/${name}.json`,
} as const;

/**
 * The id of the table row that shows `metric` on a period page: "fig-…" in the page's main
 * table, "<period>-…" in the table of a companion period shown in its own section.
 */
export function figureRowId(table: string, metric: string): string {
  return `${table}-${metric}`;
}

/** Where the site is deployed: its origin and its base path, for astro.config.mjs and for the files the build writes itself. */
export interface Deployment {
  site: string;
  base: string;
}

/** The deployment the environment names (SITE_URL, BASE_PATH), and the one place of its defaults. */
export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
  return { site: env.SITE_URL ?? "https://sms-migration-report.example.org", base: env.BASE_PATH ?? "/" };
}

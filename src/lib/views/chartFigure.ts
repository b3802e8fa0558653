import { describedBy, svgSize } from "../charts/renderChart.ts";
import type { SiteModel } from "../model/siteModel.ts";
import type { Chart, PointStatus } from "../charts/types.ts";
import { formatDate } from "../format.ts";
import type { RichText } from "../i18n/rich.ts";
import { plainCitation } from "../share/citation.ts";
import { embedSnippet } from "../share/embed.ts";
import { paths } from "../url.ts";

export interface ChartFigureView {
  figureId: string;
  findingId: string;
  /** A key line for each way of drawing that the chart uses, with why; other notes apart. */
  keys: { status: Exclude<PointStatus, "published">; reasons: string[] }[];
  notes: string[];
  svg: string;
  /** HTML to paste into an article, with what it is; only for a chart the site serves as files. */
  embed?: { snippet: string; note: RichText };
}

/** Where a chart with files is shown: what its embed needs for absolute addresses and its pinned version. */
export interface EmbedPlace {
  /** The absolute address of a site path, from the page (deploy base and edition included). */
  absolute: (path: string) => string;
  /** The page's own absolute address. */
  page: string;
  /** YYYY-MM-DD: the build whose chart files the embed points to. */
  builtOn: string;
}

export type ChartKey = ChartFigureView["keys"][number];

/** The key lines of a chart: one for each way of drawing it uses besides the plain bar, with why. */
function keysOf(chart: Chart): ChartKey[] {
  return (["derived", "flagged"] as const)
    .filter((status) => chart.rows.some((r) => r.status === status))
    .map((status) => ({ status, reasons: chart.notes.filter((n) => n.status === status).map((n) => n.text) }));
}

const sameKey = (a: ChartKey, b: ChartKey) => a.status === b.status && a.reasons.join("\n") === b.reasons.join("\n");

/**
 * The key lines every chart of a group of two or more shares, word for word: written once
 * above the group instead of under each chart.
 */
export function sharedKeys(charts: readonly Chart[]): ChartKey[] {
  if (charts.length < 2) return [];
  const [first, ...rest] = charts.map(keysOf);
  return first!.filter((key) => rest.every((keys) => keys.some((k) => sameKey(k, key))));
}

/**
 * The embed of a chart: its SVG file of this build as an image, described by the chart's name
 * and finding, its title linking back to the figure on the page, and its citation.
 */
function chartEmbed(model: Pick<SiteModel, "svg" | "m">, chart: Chart, figureId: string, { absolute, page, builtOn }: EmbedPlace): NonNullable<ChartFigureView["embed"]> {
  const { m } = model;
  const link = `${page}#${figureId}`;
  const snippet = embedSnippet({
    image: absolute(paths.chartSvgOn(chart.id, builtOn)),
    alt: m.charts.figure.embed.alt({ label: chart.label, finding: chart.finding }),
    ...svgSize(model.svg(chart)),
    title: chart.title,
    link,
    citation: plainCitation({ key: chart.id, title: chart.title, url: link, builtOn }, m),
  });
  return { snippet, note: m.charts.figure.embed.note({ date: formatDate(builtOn, m), datetime: builtOn, href: paths.chartSvg(chart.id) }) };
}

/**
 * What a chart's figure shows around the drawing: its key (less the lines `shared` above the
 * group), its notes, the SVG itself and, given where it is shown (`place`), its embed.
 */
export function chartFigureView(model: Pick<SiteModel, "svg" | "m">, chart: Chart, shared: readonly ChartKey[] = [], place?: EmbedPlace): ChartFigureView {
  const figureId = `chart-${chart.id}`;
  const findingId = `${figureId}-finding`;
  const all = keysOf(chart);
  const keys = all.filter((key) => !shared.some((s) => sameKey(s, key)));
  return {
    figureId,
    findingId,
    keys,
    notes: chart.notes.filter((n) => !all.some((k) => k.status === n.status)).map((n) => n.text),
    svg: describedBy(model.svg(chart), findingId),
    ...(place && { embed: chartEmbed(model, chart, figureId, place) }),
  };
}

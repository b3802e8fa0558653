import type { Chart } from "./types.ts";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { escapeXml } from "../escape.ts";
import { hashOf, keyJson } from "../cache/hash.ts";
import { plotOptions } from "./plotSpec.ts";

/** Every chart carries the same class, so its CSS and its SVG never depend on build order. */
export const CHART_CLASS = "chart";

export interface RenderOptions {
  /** The chart's stable id: prefixes the ids inside the SVG so two charts on a page never clash. */
  id: string;
  /** Accessible name of the chart. */
  label: string;
  /** Id of the element that states the chart's finding. */
  describedBy?: string;
}

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/**
 * Draws a chart as inline SVG at build time. Plot numbers clip paths and patterns with
 * counters shared by the whole build, so ids are renumbered per chart: the same data gives
 * the same bytes whatever was drawn before. Plot's per-mark aria-labels are dropped
 * (children of role="img" are presentational, and axe reports them as prohibited); the
 * chart's name is on the <svg> and the detail is in the data table beside it.
 */
export function renderChart(options: Plot.PlotOptions, { id, label, describedBy }: RenderOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const rendered = Plot.plot({ ...options, className: CHART_CLASS, document: document as unknown as Document }) as unknown as Element;
  // A title, caption or legend makes Plot wrap the chart in a <figure>; captions are ours.
  const svg = rendered.localName === "svg" ? rendered : rendered.querySelector(`svg.${CHART_CLASS}`);
  if (!svg) throw new Error(`chart ${id}: Plot returned no <svg>`);

  for (const node of svg.querySelectorAll("[aria-label], [aria-description], [aria-hidden]")) {
    node.removeAttribute("aria-label");
    node.removeAttribute("aria-description");
    node.removeAttribute("aria-hidden");
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  if (describedBy) svg.setAttribute("aria-describedby", describedBy);
  renumberIds(svg, id);
  return toXml(svg);
}

/**
 * The element as XML that is also valid inline SVG in HTML. linkedom's outerHTML escapes
 * only '"' in attribute values, so a label holding "&" or "<" would make the file
 * malformed; here every attribute value and text node goes through escapeXml.
 */
function toXml(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return escapeXml(node.textContent ?? "");
  if (node.nodeType !== node.ELEMENT_NODE) return "";
  const element = node as Element;
  const attributes = [...element.attributes].map(({ name, value }) => ` ${name}="${escapeXml(value)}"`).join("");
  const children = [...element.childNodes].map(toXml).join("");
  return children === "" ? `<${element.localName}${attributes} />` : `<${element.localName}${attributes}>${children}</${element.localName}>`;
}

/** What drawChart reads of a chart. */
export type Drawable = Pick<Chart, "id" | "label" | "plot">;

/** A chart drawn as inline SVG, with its stable id and accessible name. */
export function drawChart(chart: Drawable): string {
  return renderChart(plotOptions(chart.plot), { id: `chart-${chart.id}`, label: chart.label });
}

/**
 * A hash of everything drawChart reads of a chart, written out by keyJson: its id, its name
 * and what its Plot options are made from (a PlotSpec: the maker's code and its inputs, plain
 * data). Every page's key holds its charts' keys. What a function captures from its scope is
 * not in its source: makers take everything as inputs (the edition's locale too), and
 * tests/lib/cache/chartDrawings.test.ts checks that the key follows every value.
 */
export function chartKey(chart: Drawable): string {
  let key = chartKeys.get(chart);
  if (key === undefined) chartKeys.set(chart, (key = hashOf(keyJson([chart.id, chart.label, chart.plot]))));
  return key;
}
// A chart is not changed once made, and its key is asked for by its page, its files and the page's key.
const chartKeys = new WeakMap<Drawable, string>();

/** A drawn chart pointing at the element that states its finding. */
export function describedBy(svg: string, elementId: string): string {
  return svg.replace(/^<svg /, `<svg aria-describedby="${escapeXml(elementId)}" `);
}

function renumberIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const node of svg.querySelectorAll("[id]")) {
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(node.getAttribute("id")!, next);
    node.setAttribute("id", next);
  }
  if (renamed.size === 0) return;
  for (const node of [svg, ...svg.querySelectorAll("*")]) {
    for (const { name, value } of [...node.attributes]) {
      const updated = value
        .replace(/url\(#([^)]+)\)/g, (whole, old: string) => (renamed.has(old) ? `url(#${renamed.get(old)})` : whole))
        .replace(/^#(.+)$/, (whole, old: string) => (renamed.has(old) ? `#${renamed.get(old)}` : whole));
      if (updated !== value) node.setAttribute(name, updated);
    }
  }
}

/**
 * The chart as a file of its own: with the SVG namespace, a <title> and a <desc>, which
 * inline SVG in HTML does without (the page's caption says it there). Works on the text
 * renderChart wrote, so nothing is parsed and escaped a second time.
 */
export function standaloneSvg(inlineSvg: string, title: string, description: string): string {
  const opening = /^<svg( [^>]*)?>/.exec(inlineSvg);
  if (!opening) throw new Error("standaloneSvg: no <svg> given");
  const attributes = (opening[1] ?? "").replace(/ aria-describedby="[^"]*"/, "");
  const head = `<svg xmlns="${SVG_NAMESPACE}"${attributes}><title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${inlineSvg.slice(opening[0].length)}\n`;
}

/** The size renderChart gave the chart, from its opening tag: what an <img> of the file reserves before it loads. */
export function svgSize(svg: string): { width: number; height: number } {
  const opening = /^<svg( [^>]*)?>/.exec(svg)?.[1] ?? "";
  const size = (name: string) => Number(new RegExp(` ${name}="(\\d+(?:\\.\\d+)?)"`).exec(opening)?.[1]);
  const width = size("width");
  const height = size("height");
  if (!(width > 0 && height > 0)) throw new Error("svgSize: the chart's <svg> has no width and height");
  return { width, height };
}

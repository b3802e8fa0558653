import { escapeXml } from "../escape.ts";

/** What a chart's embed shows, in the edition's words, every address absolute. */
export interface ChartEmbed {
  /** The chart's SVG file of this build, whose name carries the build's date. */
  image: string;
  /** What the image shows, for readers who cannot see it: the chart's accessible name and its finding. */
  alt: string;
  width: number;
  height: number;
  title: string;
  /** The chart on its page, fragment included: the link back. */
  link: string;
  /** The chart's citation, as the page's own citation is written (src/lib/share/citation.ts). */
  citation: string;
}

/**
 * The HTML a reader pastes into an article: the chart as an image, its title linking back to
 * the chart and its citation under it. No script and no class, so it works in any editor that
 * takes HTML; the one style keeps a wide chart inside a narrow column where the host's own
 * CSS does not. Every value is escaped for its attribute or text, since titles come from the
 * dataset; a page that shows the snippet escapes it once more, as text.
 */
export function embedSnippet(embed: ChartEmbed): string {
  const { image, alt, width, height, title, link, citation } = embed;
  return [
    "<figure>",
    `  <img src="${escapeXml(image)}" alt="${escapeXml(alt)}" width="${width}" height="${height}" style="max-width: 100%; height: auto">`,
    `  <figcaption><a href="${escapeXml(link)}">${escapeXml(title)}</a><br><small>${escapeXml(citation)}</small></figcaption>`,
    "</figure>",
  ].join("\n");
}

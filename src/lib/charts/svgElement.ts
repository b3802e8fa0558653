const SVG = "http://www.w3.org/2000/svg";

/** An SVG element made in `document` (the one Plot draws in), for marks drawn in the SVG's own pixels. */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

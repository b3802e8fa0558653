import type { APIRoute } from "astro";
import { EDITIONS, inEdition } from "../lib/i18n/editionPaths.ts";
import { sitePages } from "../lib/share/siteMap.ts";
import { getSiteModel } from "../lib/site.ts";
import { escapeXml } from "../lib/escape.ts";
import { withBase } from "../lib/url.ts";

/** Every page of every edition, each with the same page in the other editions as its alternates. */
export const GET: APIRoute = ({ site }) => {
  const href = (edition: (typeof EDITIONS)[number], path: string) => escapeXml(new URL(withBase(inEdition(edition, path)), site).href);
  const urls = sitePages(getSiteModel()).flatMap((path) =>
    EDITIONS.map((edition) => {
      const alternates = EDITIONS.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${href(other, path)}"/>`).join("");
      return `  <url><loc>${href(edition, path)}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${href("en", path)}"/></url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "content-type": "application/xml" } });
};

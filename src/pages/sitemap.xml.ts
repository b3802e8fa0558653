import type { APIRoute } from "astro";
import { sitePages } from "../lib/share/siteMap.ts";
import { getSiteModel } from "../lib/site.ts";
import { escapeXml } from "../lib/escape.ts";
import { withBase } from "../lib/url.ts";

export const GET: APIRoute = ({ site }) => {
  const urls = sitePages(getSiteModel()).map((path) => `  <url><loc>${escapeXml(new URL(withBase(path), site).href)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "content-type": "application/xml" } });
};

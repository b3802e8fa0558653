import type { APIRoute } from "astro";
import { paths, withBase } from "../lib/url.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(paths.sitemap()), site).href}\n`, { headers: { "content-type": "text/plain" } });

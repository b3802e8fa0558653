import type { APIRoute } from "astro";
import { buildDate, getSiteModel } from "../../lib/site.ts";
import { paths, withBase } from "../../lib/url.ts";
import { editionPaths } from "../../lib/editionRoutes.ts";
import { inEdition, type Edition } from "../../lib/i18n/editionPaths.ts";
import { dataPackage } from "../../lib/share/dataPackage.ts";

/** The Frictionless Data Package descriptor of every CSV file of the edition, at the edition's root. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { edition } = props as { edition: Edition };
  const homepage = new URL(withBase(inEdition(edition, paths.data())), site).href;
  const body = `${JSON.stringify(dataPackage(getSiteModel(edition), homepage, buildDate()).descriptor, null, 1)}\n`;
  return new Response(body, { headers: { "content-type": "application/json" } });
};

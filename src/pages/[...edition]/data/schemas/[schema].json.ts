import type { APIRoute, GetStaticPaths } from "astro";
import { perEdition } from "../../../../lib/editionRoutes.ts";
import { dataPackage } from "../../../../lib/share/dataPackage.ts";
import { getSiteModel } from "../../../../lib/site.ts";

/** The data package's Table Schemas, one per kind of CSV file (the descriptor points to them). */
export const getStaticPaths = (() =>
  perEdition((edition) => {
    // The schemas depend on neither the address nor the date the descriptor carries.
    const { schemas } = dataPackage(getSiteModel(edition), "", "");
    return [...schemas].map(([schema, body]) => ({ params: { schema }, props: { body: `${JSON.stringify(body, null, 1)}\n` } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": "application/json" } });

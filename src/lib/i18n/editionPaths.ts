/**
 * The editions and where their pages live, apart from their catalogs (editions.ts), so that
 * the URL helpers the catalogs themselves use can know them without an import cycle.
 */
/** The editions of the report: English at the site's root, Azerbaijani and Russian under /az/ and /ru/. */
export const EDITIONS = ["en", "az", "ru"] as const;
export type Edition = (typeof EDITIONS)[number];

/** Where an edition's copy of a site path lives: "/periods/" (en), "/az/periods/", "/ru/periods/". */
export function inEdition(edition: Edition, path: string): string {
  return edition === "en" ? path : `/${edition}${path}`;
}

/** The site path without its edition's prefix, and the edition: "/az/periods/" -> ["az", "/periods/"]. */
export function splitEditionPath(path: string): [Edition, string] {
  const [, first, rest] = /^\/([a-z]{2})(\/.*)$/.exec(path) ?? [];
  const edition = EDITIONS.find((e) => e !== "en" && e === first);
  return edition ? [edition, rest!] : ["en", path];
}

import { EDITIONS, type Edition } from "./i18n/editionPaths.ts";

/** The route parameter of an edition: none for English (the site's root), "az" and "ru" for the others. */
const param = (edition: Edition) => (edition === "en" ? undefined : edition);

/** getStaticPaths of a page every edition has once: /about/, /az/about/, /ru/about/. */
export function editionPaths() {
  return EDITIONS.map((edition) => ({ params: { edition: param(edition) }, props: { edition } }));
}

/**
 * getStaticPaths of a page every edition has once per entry: `pages(edition)` gives the
 * entries of one edition, and each gets the edition's route parameter and prop.
 */
export function perEdition<P extends Record<string, string>, T extends object>(pages: (edition: Edition) => { params: P; props: T }[]) {
  return EDITIONS.flatMap((edition) => pages(edition).map(({ params, props }) => ({ params: { ...params, edition: param(edition) }, props: { ...props, edition } })));
}

import { EDITIONS, type Edition } from "./i18n/editionPaths.ts";

/** The route parameter of an edition: none for English (the site's root), "az" and "ru" for the others. */
const param = (edition: Edition) => (edition === "en" ? undefined : edition);

/** getStaticPaths of a page every edition has once: /about/, /az/about/, /ru/about/. */
export function editionPaths() {
  return EDITIONS.map((edition) => ({ params: { edition: param(edition) }, props: { edition } }));
}

/** One entry of getStaticPaths; with a cacheKey (src/lib/cache/pageKey.ts), a rebuild may reuse what it wrote before. */
interface StaticPath<P, T> {
  params: P;
  props: T;
  cacheKey?: string;
}

/**
 * getStaticPaths of a page every edition has once per entry: `pages(edition)` gives the
 * entries of one edition, and each gets the edition's route parameter and prop.
 */
export function perEdition<P extends Record<string, string>, T extends object>(pages: (edition: Edition) => StaticPath<P, T>[]) {
  return EDITIONS.flatMap((edition) => pages(edition).map((path) => withEdition(path, edition)));
}

/** perEdition, for entries that take a while to make (a narrative to read). */
export async function perEditionAsync<P extends Record<string, string>, T extends object>(pages: (edition: Edition) => Promise<StaticPath<P, T>[]>) {
  return (await Promise.all(EDITIONS.map(async (edition) => (await pages(edition)).map((path) => withEdition(path, edition))))).flat();
}

function withEdition<P, T>({ params, props, cacheKey }: StaticPath<P, T>, edition: Edition) {
  return { params: { ...params, edition: param(edition) }, props: { ...props, edition }, ...(cacheKey === undefined ? {} : { cacheKey }) };
}

import { isRich } from "./rich.ts";

/**
 * A catalog with every word replaced by the key it is found at ("⟦home.title⟧"), for the
 * test that finds English left outside the catalog: a site built with it should show no
 * English word but those of the dataset and the narratives. The locale and the language
 * stay, so that numbers and dates are still formatted and the pages keep their language.
 */
export function placeholderCatalog<T>(catalog: T, path = ""): T {
  const mark = `⟦${path}⟧`;
  if (typeof catalog === "string") return (path === "locale" || path === "lang" ? catalog : mark) as T;
  if (typeof catalog === "function") return (isRich(catalog) ? () => [mark] : () => mark) as T;
  if (Array.isArray(catalog)) return catalog.map((item, i) => placeholderCatalog(item, `${path}.${i}`)) as T;
  if (catalog && typeof catalog === "object")
    return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, placeholderCatalog(value, path ? `${path}.${key}` : key)])) as T;
  return catalog;
}

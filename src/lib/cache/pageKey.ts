import { buildDate } from "../site.ts";
import { codeVersion, outputSettings } from "./buildInputs.ts";
import { hashOf, keyJson } from "./hash.ts";

/**
 * The cacheKey of a page or file (Astro's experimental.incrementalBuild): a hash of the
 * code, the build's date and settings, and `inputs`, which must hold everything the page
 * shows that is not code, such as its view. A rebuild skips the page, and restores the bytes
 * it wrote before, while the key holds. The inputs are written as keyJson writes them.
 */
export function pageKey(...inputs: unknown[]): string {
  return hashOf(codeVersion(), buildDate(), outputSettings(), keyJson(inputs));
}

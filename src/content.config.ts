import { defineCollection } from "astro:content";
import { EDITIONS } from "./lib/i18n/editionPaths.ts";
import { narrativeCollection, narrativeFolders } from "./lib/narratives/folders.ts";
import { narrativeLoader } from "./lib/narratives/narrativeLoader.ts";
import { narrativeFrontMatter } from "./lib/narratives/frontMatter.ts";

/**
 * The narratives of every edition: one per period page (content/periods/<period id>.md) and
 * one per year the data cover (content/years/<yyyy>.md), and the same under content/<lang>/
 * for the other editions (src/lib/narratives/folders.ts).
 */
export const collections = Object.fromEntries(
  EDITIONS.flatMap((edition) =>
    (["period", "year"] as const).map((kind) => [
      narrativeCollection(kind, edition),
      defineCollection({ loader: narrativeLoader(narrativeFolders(edition)[kind]), schema: narrativeFrontMatter }),
    ]),
  ),
);

import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import remarkNarrative from "./src/remark/remarkNarrative.ts";
import { getSiteModel } from "./src/lib/site.ts";
import { narrativeFolders } from "./src/lib/narratives/folders.ts";
import { deployment, editionBase } from "./src/lib/url.ts";
import sitemap from "@astrojs/sitemap";
import { SITEMAP_LOCALES, sitemapEntry } from "./src/lib/share/siteMap.ts";

// SITE_URL and BASE_PATH let the report be deployed anywhere, including under a sub-path;
// every internal link goes through src/lib/url.ts so that both are respected.
const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  outDir: process.env.REPORT_OUT_DIR ?? "./dist",
  // A separate cache per concurrent build (tests, benchmark) keeps them from clobbering each other.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // A rebuild skips, and restores from the cache, every page whose cacheKey (src/lib/cache/pageKey.ts)
  // and templates are unchanged.
  experimental: { incrementalBuild: true },
  // Every page of every edition, with its alternates in the others and the day its figures last changed.
  integrations: [sitemap({ i18n: { defaultLocale: "en", locales: SITEMAP_LOCALES }, serialize: (entry) => sitemapEntry(getSiteModel(), site, base, entry) })],
  vite: {
    build: {
      // The search page's script stays a file of its own, never inlined into the page: Astro
      // inlines a small script before Vite has filled in the preload list of its dynamic
      // import() of Pagefind, and the inlined code then fails in the browser
      // (__VITE_PRELOAD__ is not defined). Other assets keep Vite's default (undefined).
      assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined),
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkDirective,
        [remarkNarrative, { context: (edition) => ({ model: getSiteModel(edition), base: editionBase(edition, base) }), folders: (edition) => narrativeFolders(edition) }],
      ],
    }),
  },
});

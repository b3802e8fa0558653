/**
 * node scripts/sidecar.ts <output folder> [--no-cards]
 *
 * The build's second process, beside Astro on the machine's second core: writes every
 * edition's per-chart and per-period download files (src/lib/share/downloadFiles.ts), then
 * renders the 1200×630 social card of every page into <output folder>/cards/…png. A card
 * whose words were drawn by an earlier build, with the same code, fonts and dependencies,
 * is copied from the build's card cache instead; a chart the pages have not drawn yet is
 * drawn here, into the chart cache both processes read.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderCard } from "../src/lib/cards/renderCard.ts";
import { narrativeFolders, type NarrativeKind } from "../src/lib/narratives/folders.ts";
import { splitNarrative } from "../src/lib/narratives/frontMatter.ts";
import { EDITIONS, inEdition, type Edition } from "../src/lib/i18n/editionPaths.ts";
import type { SiteModel } from "../src/lib/model/siteModel.ts";
import { buildDate, getSiteModel } from "../src/lib/site.ts";
import { allCards } from "../src/lib/share/allCards.ts";
import { downloadFiles } from "../src/lib/share/downloadFiles.ts";
import { resolvePlainText } from "../src/remark/resolvePlainText.ts";
import { paths } from "../src/lib/url.ts";
import { buildCache, codeVersion } from "../src/lib/cache/buildInputs.ts";
import { hashOf } from "../src/lib/cache/hash.ts";

const [out, flag] = process.argv.slice(2);
if (!out || (flag !== undefined && flag !== "--no-cards")) {
  console.error("usage: node scripts/sidecar.ts <output folder> [--no-cards]");
  process.exit(2);
}

const write = (file: string, body: string | Uint8Array) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
};

let files = 0;
for (const edition of EDITIONS) {
  for (const { path, body } of downloadFiles(getSiteModel(edition), buildDate())) {
    write(join(out, inEdition(edition, path)), body);
    files++;
  }
}
console.log(`${files} download files written`);
if (flag === "--no-cards") process.exit(0);

/** The `title` of every narrative of `kind` in `edition`, by file name, as plain text (references resolved). */
function headlines(kind: NarrativeKind, edition: Edition, model: SiteModel): Map<string, string> {
  const dir = narrativeFolders(edition)[kind];
  const titles = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".md"));
  } catch {
    return titles;
  }
  for (const file of names) {
    const title = (splitNarrative(readFileSync(join(dir, file), "utf8"))?.data as { title?: unknown } | undefined)?.title;
    const name = file.replace(/\.md$/, "");
    if (typeof title === "string") titles.set(name, resolvePlainText(title, "title", kind, name, { model, base: "/" }));
  }
  return titles;
}

// resvg keeps each card's pixels (1200 × 630 × 4 bytes) in native memory that V8 does not
// count, and frees them only in finalizers after a collection: nothing prompted one, and
// 3,313 cards held 10 GB. Every so many cards, a collection (the build starts this script
// with --expose-gc) and a turn of the event loop, in which the finalizers run, free them.
const COLLECT_EVERY = 10;
const gc = (globalThis as { gc?: () => void }).gc;
async function collect(): Promise<void> {
  if (!gc) return;
  gc();
  await new Promise((done) => setTimeout(done, 0));
}

const cache = buildCache("cards");
let count = 0;
for (const edition of EDITIONS) {
  const model = getSiteModel(edition);
  for (const card of allCards(model, { periods: headlines("period", edition, model), years: headlines("year", edition, model) })) {
    // The spec is every word and figure the card shows; the fonts come with the code version.
    const key = hashOf(codeVersion(), JSON.stringify(card.spec));
    let png = cache.get(key);
    if (!png) {
      png = await renderCard(card.spec);
      cache.put(key, png);
      if (cache.misses % COLLECT_EVERY === 0) await collect();
    }
    write(join(out, inEdition(edition, paths.card(card.page))), png);
    count++;
  }
}
console.log(`${count} social cards: ${cache.misses} drawn, ${cache.hits} from the cache`);

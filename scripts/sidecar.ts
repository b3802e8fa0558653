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
import { linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

const [folder, flag] = process.argv.slice(2);
if (!folder || (flag !== undefined && flag !== "--no-cards")) {
  console.error("usage: node scripts/sidecar.ts <output folder> [--no-cards]");
  process.exit(2);
}
const out: string = folder;

const write = (file: string, body: string | Uint8Array) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
};


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
// 3,313 cards held 10 GB. After each card, a collection of the young generation, where its
// objects still are (the build starts this script with --expose-gc), and a turn of the
// event loop, in which the finalizers run, free them. A full collection every ten cards
// did too, at 14 s of the sidecar's 80 at 300 periods: it walks the site models as well.
const gc = (globalThis as { gc?: (options: { type: "minor" }) => void }).gc;
async function collect(): Promise<void> {
  if (!gc) return;
  gc({ type: "minor" });
  await new Promise((done) => setTimeout(done, 0));
}

/** Every edition's social cards, from the card cache where it has them. */
async function drawCards(): Promise<void> {
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
        await collect();
      }
      write(join(out, inEdition(edition, paths.card(card.page))), png);
      count++;
    }
  }
  console.log(`${count} social cards: ${cache.misses} drawn, ${cache.hits} from the cache`);
}

// The cards come first: by the time they are done, Astro's pages have drawn most charts,
// which the download files then read from the chart cache instead of drawing them again.
if (flag !== "--no-cards") await drawCards();

let files = 0;
for (const edition of EDITIONS) {
  for (const file of downloadFiles(getSiteModel(edition), buildDate())) {
    const target = join(out, inEdition(edition, file.path));
    // A second name for the same bytes is a second link to the file, not a second copy to write.
    if ("copyOf" in file) linkSync(join(out, inEdition(edition, file.copyOf)), target);
    else write(target, file.body);
    files++;
  }
}
console.log(`${files} download files written`);

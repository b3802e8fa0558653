/**
 * node scripts/sidecar.ts <output folder> [--no-cards] [--previous <site>]
 * node scripts/sidecar.ts --card-helper
 *
 * The build's second process, beside Astro on the machine's second core: renders the
 * 1200×630 social card of every page into <output folder>/cards/…png, then writes every
 * edition's per-chart and per-period download files (src/lib/share/downloadFiles.ts) and
 * its whole-dataset files and data package (src/lib/share/datasetFiles.ts). A card
 * whose words were drawn by an earlier build, with the same code, fonts and dependencies,
 * is copied from the build's card cache instead; a chart the pages have not drawn yet is
 * drawn here, into the chart cache both processes read. With --previous, a file the site
 * being replaced holds with the same bytes is linked from it rather than written again.
 *
 * With --card-helper it writes no site: started by the build once Astro's pages are done, it
 * draws the cards from the end of the list into the card cache, where the sidecar, working
 * from the start, finds them; the build stops it when the sidecar is done.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderCard, type CardSpec } from "../src/lib/cards/renderCard.ts";
import { narrativeFolders, type NarrativeKind } from "../src/lib/narratives/folders.ts";
import { splitNarrative } from "../src/lib/narratives/frontMatter.ts";
import { EDITIONS, inEdition, type Edition } from "../src/lib/i18n/editionPaths.ts";
import type { SiteModel } from "../src/lib/model/siteModel.ts";
import { buildDate, getSiteModel } from "../src/lib/site.ts";
import { allCards } from "../src/lib/share/allCards.ts";
import { datasetFiles } from "../src/lib/share/datasetFiles.ts";
import { downloadFiles } from "../src/lib/share/downloadFiles.ts";
import { resolvePlainText } from "../src/remark/resolvePlainText.ts";
import { deployment, paths } from "../src/lib/url.ts";
import { buildCache, codeVersion } from "../src/lib/cache/buildInputs.ts";
import { hashOf } from "../src/lib/cache/hash.ts";
import { siteWriter } from "../src/lib/cache/previousSite.ts";

const args = process.argv.slice(2);
const helper = args.length === 1 && args[0] === "--card-helper";
const [outArg, ...options] = args;
const noCards = options[0] === "--no-cards";
const previousAt = options.indexOf("--previous");
const previous = previousAt < 0 ? undefined : options[previousAt + 1];
const known = (noCards ? 1 : 0) + (previousAt < 0 ? 0 : 2);
if (!helper && (outArg === undefined || outArg.startsWith("--") || options.length !== known || (previousAt >= 0 && (previous === undefined || previous.startsWith("--"))))) {
  console.error("usage: node scripts/sidecar.ts <output folder> [--no-cards] [--previous <site>]\n       node scripts/sidecar.ts --card-helper");
  process.exit(2);
}
const site = siteWriter(outArg ?? "", previous);

// Some 40,000 files go into a few thousand folders: each folder is made once.
const made = new Set<string>();
const write = (path: string, body: string | Uint8Array) => {
  const folder = dirname(join(outArg!, path));
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  site.write(path, body);
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

/** Every edition's social cards, with the page each belongs to and its key in the card cache. */
function cardList(): { edition: Edition; page: string; spec: CardSpec; key: string }[] {
  return EDITIONS.flatMap((edition) => {
    const model = getSiteModel(edition);
    // The spec is every word and figure the card shows; the fonts come with the code version.
    return allCards(model, { periods: headlines("period", edition, model), years: headlines("year", edition, model) }).map((card) => ({ edition, page: card.page, spec: card.spec, key: hashOf(codeVersion(), JSON.stringify(card.spec)) }));
  });
}

/** Every edition's social cards into the site, from the card cache where it has them. */
async function drawCards(): Promise<void> {
  const cache = buildCache("cards");
  const cards = cardList();
  for (const card of cards) {
    let png = cache.get(card.key);
    if (!png) {
      png = await renderCard(card.spec);
      cache.put(card.key, png);
      await collect();
    }
    write(inEdition(card.edition, paths.card(card.page)), png);
  }
  console.log(`${cards.length} social cards: ${cache.misses} drawn, ${cache.hits} from the cache`);
}

/** The cards the cache lacks, from the last, into the cache, until told to stop. */
async function helpDrawCards(): Promise<void> {
  const cache = buildCache("cards");
  const cards = cardList().reverse();
  // Until now nothing was written, and the default SIGTERM (exit at once) was right; from
  // here, a card being drawn is finished and stored first.
  let stopped = false;
  process.on("SIGTERM", () => (stopped = true));
  let drawn = 0;
  for (const card of cards) {
    if (stopped) break;
    if (cache.get(card.key)) continue;
    cache.put(card.key, await renderCard(card.spec));
    drawn++;
    await collect();
  }
  console.log(`The card helper drew ${drawn} social cards.`);
}

if (helper) {
  await helpDrawCards();
  process.exit(0);
}
const out = outArg!;

// The cards come first: by the time they are done, Astro's pages have drawn most charts,
// which the download files then read from the chart cache instead of drawing them again.
if (!noCards) await drawCards();

let files = 0;
for (const edition of EDITIONS) {
  const model = getSiteModel(edition);
  for (const file of [...downloadFiles(model, buildDate()), ...datasetFiles(model, edition, buildDate(), deployment())]) {
    const path = inEdition(edition, file.path);
    // A second name for the same bytes is a second link to the file, not a second copy to write.
    if ("copyOf" in file) linkSync(join(out, inEdition(edition, file.copyOf)), join(out, path));
    else write(path, file.body);
    files++;
  }
}
console.log(`${files} download files written${previous === undefined ? "" : `; of the cards and files, ${site.linked} were unchanged and linked from the site being replaced, ${site.written} written`}`);

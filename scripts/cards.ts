/**
 * node scripts/cards.ts <output folder>
 *
 * Renders the 1200×630 social card of every page into <output folder>/cards/…png. The
 * build runs it beside Astro, so that the cards take the machine's second core instead of
 * adding to the build's time.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { renderCard } from "../src/lib/cards/renderCard.ts";
import { loadDataset } from "../src/lib/dataset/load.ts";
import { narrativeFolders, type NarrativeKind } from "../src/lib/narratives/folders.ts";
import { splitNarrative } from "../src/lib/narratives/frontMatter.ts";
import { buildSiteModel } from "../src/lib/model/siteModel.ts";
import { allCards } from "../src/lib/share/allCards.ts";
import { resolvePlainText } from "../src/remark/resolvePlainText.ts";
import { paths } from "../src/lib/url.ts";

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/cards.ts <output folder>");
  process.exit(2);
}

/** The `title` of every narrative of `kind`, by file name, as plain text (references resolved). */
function headlines(kind: NarrativeKind): Map<string, string> {
  const dir = narrativeFolders()[kind];
  const titles = new Map<string, string>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  } catch {
    return titles;
  }
  for (const file of files) {
    const title = (splitNarrative(readFileSync(join(dir, file), "utf8"))?.data as { title?: unknown } | undefined)?.title;
    const name = file.replace(/\.md$/, "");
    if (typeof title === "string") titles.set(name, resolvePlainText(title, "title", kind, name, { model, base: "/" }));
  }
  return titles;
}

const model = buildSiteModel(loadDataset(resolve(process.env.REPORT_DATA_DIR ?? "content/data")));
const cards = allCards(model, { periods: headlines("period"), years: headlines("year") });
for (const card of cards) {
  const file = join(out, paths.card(card.page));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await renderCard(card.spec));
}
console.log(`${cards.length} social cards rendered`);

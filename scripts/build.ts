/**
 * npm run build
 *
 * Checks the dataset, builds the site and its search index into a fresh folder and only
 * then swaps it in for dist/. Bad input stops the build with every problem listed (file, line, fix) and a
 * non-zero exit, and the last good dist/ stays as it was. When nothing the build reads has
 * changed since the build that wrote dist/, and dist/ is as that build left it, it stops at once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { moveInto, moveTree } from "./moveTree.ts";
import { dirname, join, resolve } from "node:path";
import { DatasetError } from "../src/lib/dataset/DatasetError.ts";
import { EDITIONS, type Edition } from "../src/lib/i18n/editionPaths.ts";
import type { SiteModel } from "../src/lib/model/siteModel.ts";
import { missingNarratives } from "../src/lib/narratives/missingNarratives.ts";
import { dataDir, getSiteModel } from "../src/lib/site.ts";
import { filesUnder } from "../src/lib/cache/hash.ts";
import { editionBase } from "../src/lib/url.ts";
import { narrativeFolders, type NarrativeKind } from "../src/lib/narratives/folders.ts";
import { checkNarratives } from "../src/remark/checkNarratives.ts";
import { RenderingDigests } from "../src/lib/narratives/renderingDigests.ts";
import { writeSearchIndex } from "./searchIndex.ts";
import { buildInputs, isUpToDate, recordBuild } from "../src/lib/cache/lastBuild.ts";

const dist = resolve(process.env.REPORT_DIST_DIR ?? "dist");
const next = `${dist}.next`;
const previous = `${dist}.previous`;

const inputs = buildInputs();
if (isUpToDate(dist, inputs)) {
  console.log(`Nothing the build reads has changed since ${dist} was built, and it is as that build left it: kept as it is.`);
  process.exit(0);
}

// The site the last build replaced is cleared while this one runs (fs.promises works off the
// main thread): removing tens of thousands of files right after writing as many took seconds.
const clearing = rm(previous, { recursive: true, force: true }).then(
  () => undefined,
  (error: unknown) => String(error),
);

// Astro puts its prerender bundle inside the output folder when that lies under the project,
// and in one shared folder (.astro/) otherwise; a private folder under .build/ keeps
// concurrent builds (tests, the benchmark) apart.
const work = resolve(".build", `site-${process.pid}`);
rmSync(work, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });
// Astro reuses a narrative's rendering while its digest holds; the narratives' loader
// (src/lib/narratives/narrativeLoader.ts) puts the code and the resolved references in it.
const narrativeDigests = `${work}-narratives.json`;
mkdirSync(dirname(narrativeDigests), { recursive: true });
rmSync(narrativeDigests, { force: true });
const astroCli = resolve("node_modules/astro/bin/astro.mjs");
// A parent test runner's Vite variables (BASE_URL, MODE, NODE_ENV=test…) would leak into
// Astro's own and, for one, silently drop the deploy base from every link.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"].includes(key)));
const start = (args: string[], env: NodeJS.ProcessEnv) => spawn(process.execPath, args, { stdio: "inherit", env });
const exited = (child: ChildProcess) => new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));

// Astro starts at once, on the core the checks below leave free: its loader waits for the
// narratives' digests, which are written once the checks pass, and what it prints is held
// back until then, so that input the checks turn down gets their list of problems alone.
// V8 sizes its heap for the machine (some 4 GB of 24) and collects late: Astro's peak memory
// at 1,000 periods was 1.8 GB, where the same build passes with a heap of 640 MB. Astro gets
// 1 GB of heap per MB of dataset, at least 1 GB: that margin, for a site of any size.
const dataBytes = filesUnder(dataDir()).reduce((total, file) => total + statSync(file).size, 0);
const heapMb = Math.max(1024, Math.ceil(dataBytes / 1024));
const astro = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, astroCli, "build"], { stdio: ["ignore", "pipe", "pipe"], env: { ...inherited, REPORT_OUT_DIR: work, REPORT_NARRATIVE_DIGESTS: narrativeDigests } });
const astroDone = exited(astro);
const held: [NodeJS.WriteStream, Buffer][] = [];
astro.stdout!.on("data", (chunk: Buffer) => held.push([process.stdout, chunk]));
astro.stderr!.on("data", (chunk: Buffer) => held.push([process.stderr, chunk]));
const releaseAstro = () => {
  for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
  astro.stdout!.removeAllListeners("data").pipe(process.stdout);
  astro.stderr!.removeAllListeners("data").pipe(process.stderr);
};

const stop = async (message: string) => {
  astro.kill("SIGKILL");
  await astroDone;
  rmSync(work, { recursive: true, force: true });
  rmSync(narrativeDigests, { force: true });
  console.error(`\n${message}\n\nBuild stopped; ${existsSync(dist) ? "the previous dist/ is untouched" : "nothing was written"}.`);
  process.exit(1);
};

// Every edition's model: the dataset checked, and each edition's texts of it (content/data/editions).
const models = new Map<Edition, SiteModel>();
try {
  for (const edition of EDITIONS) models.set(edition, getSiteModel(edition));
} catch (error) {
  if (!(error instanceof DatasetError)) {
    astro.kill("SIGKILL");
    throw error;
  }
  await stop(error.message);
}
const base = process.env.BASE_PATH ?? "/";
const renderings = new RenderingDigests();
const narrativeProblems = EDITIONS.flatMap((edition) =>
  Object.entries(narrativeFolders(edition))
    .filter(([, dir]) => existsSync(dir))
    .flatMap(([kind, dir]) => checkNarratives(dir, kind as NarrativeKind, { model: models.get(edition)!, base: editionBase(edition, base) }, undefined, renderings)),
);
if (narrativeProblems.length > 0) await stop(`The narratives have ${narrativeProblems.length} problem(s):\n\n${narrativeProblems.join("\n")}`);
for (const warning of missingNarratives(models)) console.warn(warning);

renderings.write(narrativeDigests);
releaseAstro();
const sideDir = `${work}-side`;
rmSync(sideDir, { recursive: true, force: true });
// Astro renders pages on one core; the social cards and the download files are written on
// the other at the same time (scripts/sidecar.ts). REPORT_SKIP_CARDS=1 leaves the cards
// out, for tests that never look at them.
const drawCards = process.env.REPORT_SKIP_CARDS !== "1";
const sidecar = resolve("scripts/sidecar.ts");
let sideRunning = true;
// The cards and download files that did not change are taken from dist/ by link, not written again.
const side = exited(start(["--expose-gc", sidecar, sideDir, ...(drawCards ? [] : ["--no-cards"]), ...(existsSync(dist) ? ["--previous", dist] : [])], inherited)).finally(
  () => (sideRunning = false),
);
const astroStatus = await astroDone;
rmSync(narrativeDigests, { force: true });

// Once Astro is done its core is free while the sidecar works on: the search index is made
// from the finished pages (before they replace dist/), and a helper draws the cards the
// sidecar has not reached yet, from the end of its list, into the card cache it reads.
const helper = astroStatus === 0 && drawCards && sideRunning ? start(["--expose-gc", sidecar, "--card-helper"], inherited) : undefined;
const helperDone = helper ? exited(helper) : Promise.resolve(0);
const search = astroStatus === 0 ? await writeSearchIndex(work).catch((error: unknown) => ({ errors: [String(error)] })) : undefined;
const sideStatus = await side;
helper?.kill("SIGTERM");
const helperStatus = await helperDone;
// A helper stopped while it built its models ends by the signal, as it should.
const helperFailed = helperStatus !== 0 && helper?.signalCode !== "SIGTERM";
if (astroStatus !== 0 || sideStatus !== 0 || helperFailed) {
  rmSync(work, { recursive: true, force: true });
  rmSync(sideDir, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(dist) ? "the previous dist/ is untouched" : "nothing was written"}.`);
  process.exit(astroStatus || sideStatus || 1);
}
moveInto(sideDir, work);
// @astrojs/sitemap writes sitemap-index.xml; the address the site gave before keeps answering with the same index.
cpSync(join(work, "sitemap-index.xml"), join(work, "sitemap.xml"));

// An index that fails, or that misses an edition (a page without its <html lang>), stops the build.
const searchProblems =
  !search || "errors" in search
    ? (search?.errors ?? [])
    : EDITIONS.map((edition) => models.get(edition)!.m.lang).filter((lang) => !(search.pages[lang]! > 0)).map((lang) => `no page of the "${lang}" edition was indexed`);
if (searchProblems.length > 0) {
  await stop(`The search index could not be made:\n\n${searchProblems.join("\n")}`);
}
if (search && "pages" in search) console.log(`Search index: ${Object.entries(search.pages).map(([lang, pages]) => `${lang} ${pages} pages`).join(", ")} (${search.copied} page(s) read anew, the others' copies from the cache)`);

// Move the new site beside dist/ (a rename on one file system, no copy), then swap the two by
// renaming. The site it replaces stays in dist.previous/ until the next build clears it.
const notCleared = await clearing;
if (notCleared) {
  await stop(`${previous}, the site the last build replaced, could not be removed to make room for this one: ${notCleared}. Remove it by hand and build again.`);
}
moveTree(work, next);
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
recordBuild(dist, inputs);
console.log(`\nSite written to ${dist}${existsSync(previous) ? ` (the site it replaced is in ${previous} until the next build)` : ""}`);

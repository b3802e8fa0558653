import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { SHARED_BUILD_ENV } from "../site/buildOnce.ts";
import { outputFiles } from "../helpers/outputFiles.ts";

function build(data: string, dist: string, cache: string) {
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, ...SHARED_BUILD_ENV, REPORT_DATA_DIR: data, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: cache },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  // CI may force colours on, and Astro then wraps each path of its log in escape codes.
  return stripVTControlCharacters(result.stdout);
}

/** The files Astro rendered anew in a build, and those it restored from its cache, as paths in the site. */
const generated = (stdout: string, how: "rendered" | "restored") => [...stdout.matchAll(how === "rendered" ? /├─ \/(\S+) \(\+/g : /├─ \/(\S+) \(restored\)/g)].map((m) => m[1]!);

const shown = (dist: string, metric: string) => {
  const { document } = parseHTML(readFileSync(join(dist, "periods/2024-11/index.html"), "utf8"));
  return {
    table: document.querySelector(`tr[id="fig-${metric}"] data`)?.textContent,
    prose: [...document.querySelectorAll(`.narrative a.fig-ref[href="#fig-${metric}"] data`)].map((d) => d.textContent),
    description: document.querySelector('meta[name="description"]')?.getAttribute("content"),
  };
};

/** The entries of one of the build's caches (charts, cards). */
const entries = (cache: string, kind: string) => {
  const dir = join(cache, "report", kind);
  return new Set(existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes("/")) : []);
};

/**
 * Every chart drawing a site shows, as the chart cache holds them: inline in its pages (less
 * the link to the finding beside it) and in its chart files (less the XML head, title and
 * description they are served with).
 */
function drawings(site: Map<string, Buffer>): Set<string> {
  const found = new Set<string>();
  for (const [name, bytes] of site) {
    if (name.endsWith(".html")) for (const [svg] of bytes.toString("utf8").matchAll(/<svg [^>]*class="chart"[\s\S]*?<\/svg>/g)) found.add(svg.replace(/ aria-describedby="[^"]*"/, ""));
    else if (/(^|\/)charts\/[^/]+\.svg$/.test(name))
      found.add(bytes.toString("utf8").replace(/^<\?xml[^>]*>\n/, "").replace(/ xmlns="[^"]*"/, "").replace(/<title>[\s\S]*?<\/title><desc>[\s\S]*?<\/desc>/, "").trimEnd());
  }
  return found;
}

describe("rebuilding after one value of the dataset changed", () => {
  it("changes every page and file that shows the value, redraws only the charts and cards that show it, and writes what a cold build writes", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-stale-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const data = join(root, "data");
    // The shared build is the build before the change; the rebuild starts from its caches.
    const cache = join(root, "cache");
    cpSync(inject("siteCache"), cache, { recursive: true });
    cpSync(resolve("content/data"), data, { recursive: true });
    const charts = entries(cache, "charts");
    const cards = entries(cache, "cards");
    expect(charts.size).toBeGreaterThan(100);
    // Astro's pages and the sidecar key a chart alike (functionText), so the build drew each once.
    const stored = [...charts].map((entry) => readFileSync(join(cache, "report", "charts", entry), "utf8"));
    expect(new Set(stored).size).toBe(stored.length);
    expect(cards.size).toBeGreaterThan(100);

    const before = shown(inject("siteDir"), "stay.registration-applications");
    expect(before.table).toBe("27,328");
    expect(before.prose.length).toBeGreaterThan(0);
    expect(before.prose.every((text) => text === "27,328")).toBe(true);

    const file = join(data, "observations.csv");
    const csv = readFileSync(file, "utf8");
    const changed = csv.replace("2024-11,stay.registration-applications,27328,27328,", "2024-11,stay.registration-applications,28328,28328,");
    expect(changed).not.toBe(csv);
    writeFileSync(file, changed);

    // The rebuild replaces the shared site, as a rebuild replaces dist/: the cards and
    // download files it would write again with the same bytes are linked from it instead. One
    // of them, changed in place since (by hand, by a deploy), must be written anew.
    const dist = join(root, "after");
    cpSync(inject("siteDir"), dist, { recursive: true });
    const tampered = join(dist, "data/periods/2021.csv");
    writeFileSync(tampered, `${readFileSync(tampered, "utf8")}tampered\n`);
    const log = build(data, dist, cache);
    const reused = /of the cards and files, (\d+) were unchanged and linked from the site being replaced, (\d+) written/.exec(log);
    expect(Number(reused?.[1])).toBeGreaterThan(Number(reused?.[2]) * 5);
    expect(readFileSync(tampered, "utf8")).not.toContain("tampered");
    const after = shown(dist, "stay.registration-applications");
    expect(after.table).toBe("28,328");
    expect(after.prose).toEqual(before.prose.map(() => "28,328"));
    if (before.description?.includes("27,328")) expect(after.description).toContain("28,328");

    // Every English page that printed the old figure prints the new one.
    const old = outputFiles(inject("siteDir"));
    const rebuilt = outputFiles(dist);
    const showing = [...old].filter(([name, bytes]) => name.endsWith(".html") && !name.startsWith("az/") && !name.startsWith("ru/") && bytes.includes(">27,328<")).map(([name]) => name);
    expect(showing).toContain("periods/2024-11/index.html");
    for (const name of showing) expect(rebuilt.get(name)!.includes(">27,328<"), name).toBe(false);

    // Only the drawings that changed were drawn again: each new chart entry is a drawing the
    // rebuilt site shows and the earlier one did not, so every unchanged chart came from the
    // cache. Likewise one new card per card that differs.
    const redrawn = [...entries(cache, "charts")].filter((e) => !charts.has(e)).map((e) => readFileSync(join(cache, "report", "charts", e), "utf8"));
    const [shownBefore, shownAfter] = [drawings(old), drawings(rebuilt)];
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.length).toBeLessThan(charts.size / 10);
    for (const svg of redrawn) {
      expect(shownAfter.has(svg)).toBe(true);
      expect(shownBefore.has(svg)).toBe(false);
    }
    const newCards = [...entries(cache, "cards")].filter((e) => !cards.has(e));
    const changedCards = [...rebuilt].filter(([name, bytes]) => name.endsWith(".png") && name.includes("cards/") && !bytes.equals(old.get(name)!));
    expect(changedCards.map(([name]) => name)).toContain("cards/periods/2024-11.png");
    expect(newCards.length).toBe(changedCards.length);

    // Astro rendered anew only the period, year and indicator pages and the files whose bytes
    // changed, and restored the rest.
    const keyedFiles = /(^|\/)((periods|years|indicators)\/[^/]+\/index\.html|charts\/.+|data\/periods\/.+)$/;
    const renderedAgain = generated(log, "rendered").filter((name) => keyedFiles.test(name));
    expect(renderedAgain).toEqual(expect.arrayContaining(["periods/2024-11/index.html", "years/2024/index.html", "indicators/stay.registration-applications/index.html"]));
    for (const name of renderedAgain) expect(rebuilt.get(name)!.equals(old.get(name)!), name).toBe(false);
    const restored = generated(log, "restored").filter((name) => keyedFiles.test(name));
    expect(restored.length).toBeGreaterThan(renderedAgain.length * 4);
    for (const pages of [/^years\//, /^az\/years\//, /^indicators\//, /^ru\/indicators\//]) expect(restored.some((name) => pages.test(name)), String(pages)).toBe(true);

    // The search index read anew only the pages whose bytes changed, and took the copies of
    // the others from its cache.
    const changedPages = [...rebuilt].filter(([name, bytes]) => name.endsWith(".html") && !old.get(name)?.equals(bytes)).length;
    expect(changedPages).toBeGreaterThan(0);
    expect(log).toContain(`(${changedPages} page(s) read anew,`);

    // A cold build of the changed dataset writes the same bytes, file for file.
    const cold = join(root, "cold");
    build(data, cold, join(root, "cold-cache"));
    const fresh = outputFiles(cold);
    expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
    expect([...rebuilt].filter(([name, bytes]) => !bytes.equals(fresh.get(name)!)).map(([name]) => name)).toEqual([]);
  });
});

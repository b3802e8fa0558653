/**
 * npm run bench [-- 10 100 1000]
 *
 * Builds the real page templates on synthetic datasets and narratives of 10, 100 and 1,000
 * monthly periods and prints, for each size: build seconds, seconds per page, peak memory,
 * output bytes, and for a typical period page the bytes a reader downloads (HTML, CSS, SVG,
 * JavaScript, gzipped) and the number of requests; then how build time scales.
 */
import { parse, stringify } from "yaml";
import { spawnSync } from "node:child_process";
import { REVISION_COLUMNS } from "../src/lib/dataset/schema.ts";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(10, 100, 1000);

/** The bulletin metrics, with parts that leave a small remainder unitemised, as the SMS's do. */
const METRICS: [string, (i: number) => number][] = [
  ["stay.registration-applications", (i) => 20000 + ((i * 7919) % 20000)],
  ["residence.permit-applications", (i) => 5000 + ((i * 104729) % 3000)],
  ["citizenship.affiliation-applications", (i) => 900 + ((i * 31) % 600)],
  ["irregular.decisions", (i) => 1600 + ((i * 13) % 900)],
  ["irregular.no-expulsion", (i) => 800 + ((i * 13) % 450)],
  ["irregular.entry-ban", (i) => 650 + ((i * 11) % 400)],
  ["irregular.permit-revoked", (i) => 30 + (i % 25)],
  ["irregular.employment", (i) => 40 + (i % 30)],
  ["calls.received", (i) => 5000 + ((i * 389) % 3000)],
  ["eservices.applications", (i) => 7000 + ((i * 577) % 12000)],
];

const NARRATIVE = (previous: string | undefined) => `---
title: A synthetic month for the benchmark of the build
summary: Registration applications reached :fig[stay.registration-applications] and decisions on breaches :fig[irregular.decisions].
---

## Legal migration

The Service received :fig[stay.registration-applications] applications to register a place of stay and :fig[residence.permit-applications] applications for residence permits. ${previous ? `Against :period[${previous}], registrations were :change[stay.registration-applications]{vs=${previous}}, that is :diff[stay.registration-applications]{vs=${previous}}.` : ""} Applications to establish citizenship numbered :fig[citizenship.affiliation-applications].

## Irregular migration

Decisions on breaches of migration law came to :fig[irregular.decisions]. Decisions not to expel made up :share[irregular.no-expulsion]{of=irregular.decisions} of them and entry bans :share[irregular.entry-ban]{of=irregular.decisions}; :gap[irregular.decisions] decisions are not itemised by kind. ${previous ? `The total was :change[irregular.decisions]{vs=${previous}} on the month before.` : ""}

## Public services

The Call Center took :fig[calls.received] calls and the Service received :fig[eservices.applications] electronic applications. ${"This paragraph stands for the prose a real narrative carries around its figures, so that the page weighs what a real one does. ".repeat(8)}
`;

function synthesise(root: string, count: number) {
  const data = join(root, "data");
  const narratives = join(root, "narratives");
  mkdirSync(data, { recursive: true });
  mkdirSync(narratives, { recursive: true });
  // Annual summaries are written for the real years only; the synthetic years go without.
  mkdirSync(join(root, "years"), { recursive: true });
  for (const file of ["metrics.yaml", "institution.yaml"]) copyFileSync(resolve("content/data", file), join(data, file));
  // The synthetic bulletins are one long text: as many lines as their figures, so that every citation is in it.
  const documents = parse(readFileSync(resolve("content/data/documents.yaml"), "utf8")) as { id: string; lines: number }[];
  writeFileSync(join(data, "documents.yaml"), stringify(documents.map((d) => (d.id === "sms-bulletins" ? { ...d, lines: Math.max(d.lines, count * METRICS.length) } : d))));
  const periods: string[] = [];
  const rows = ["period,metric,value,raw,document,line,vs,note"];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2024 - Math.floor(i / 12);
    const month = 12 - (i % 12);
    const id = `${year}-${String(month).padStart(2, "0")}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const from = i * METRICS.length + 1;
    ids.push(id);
    periods.push(`- id: ${id}\n  label: Month ${id}\n  kind: month\n  start: ${id}-01\n  end: ${id}-${last}\n  document: sms-bulletins\n  lines: ${from}-${from + METRICS.length - 1}\n  source_label: ${id}\n  published: 2026-01-01\n`);
    METRICS.forEach(([metric, value], m) => rows.push(`${id},${metric},${value(i)},${value(i)},sms-bulletins,${from + m},,`));
  }
  ids.forEach((id, i) => writeFileSync(join(narratives, `${id}.md`), NARRATIVE(ids[i + 1])));
  writeFileSync(join(data, "periods.yaml"), periods.join("\n"));
  writeFileSync(join(data, "observations.csv"), `${rows.join("\n")}\n`);
  writeFileSync(join(data, "omitted.csv"), "document,line,token,reason,note\n");
  writeFileSync(join(data, "revisions.csv"), `${REVISION_COLUMNS.join(",")}\n`);
  // The other editions' texts: the real ones, with the synthetic months named in each language.
  mkdirSync(join(data, "editions"));
  for (const edition of ["az", "ru"]) {
    const texts = parse(readFileSync(resolve("content/data/editions", `${edition}.yaml`), "utf8")) as Record<string, unknown>;
    const name = (id: string) => new Intl.DateTimeFormat(edition, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${id}-15T00:00:00Z`));
    texts.periods = Object.fromEntries(ids.map((id) => [id, { label: name(id), source_label: name(id) }]));
    texts.observations = {};
    writeFileSync(join(data, "editions", `${edition}.yaml`), stringify(texts));
  }
  return { data, narratives, years: join(root, "years"), typical: ids[Math.floor(count / 2)]! };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

function pageWeight(dist: string, path: string) {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  const gz = (text: string | Buffer) => gzipSync(text).length;
  const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith("/_astro/") || /\.(css|js|png|svg|woff2?)$/.test(h));
  const css = assets.filter((a) => a.endsWith(".css")).map((a) => readFileSync(join(dist, a)));
  const js = assets.filter((a) => a.endsWith(".js")).map((a) => readFileSync(join(dist, a)));
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join("");
  return {
    html: gz(html),
    css: css.reduce((s, b) => s + gz(b), 0),
    svgInline: gz(svg),
    // JSON-LD metadata is a <script> element that browsers never run: it is not JavaScript.
    js: js.reduce((s, b) => s + gz(b), 0) + gz([...html.matchAll(/<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g)].map((m) => m[0]).join("")) * Number(/<script(?![^>]*application\/ld\+json)/.test(html)),
    requests: 1 + assets.length,
  };
}

const results: { periods: number; seconds: number }[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const count of sizes) {
  const root = mkdtempSync(join(tmpdir(), `sms-bench-${count}-`));
  const { data, narratives, years, typical } = synthesise(root, count);
  const dist = join(root, "dist");
  const timer = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "%M"] : [];
  const started = process.hrtime.bigint();
  const run = spawnSync(timer[0] ?? process.execPath, [...timer.slice(1), ...(timer.length ? [process.execPath] : []), "scripts/build.ts"], {
    env: { ...process.env, REPORT_DATA_DIR: data, REPORT_NARRATIVES_DIR: narratives, REPORT_YEARS_DIR: years, REPORT_EDITIONS_DIR: join(root, "editions"), REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, "cache"), BUILD_DATE: "2026-01-15" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(run.stderr.slice(-2000));
    rmSync(root, { recursive: true, force: true });
    process.exit(1);
  }
  const peak = timer.length ? Number(run.stderr.trim().split("\n").at(-1)) * 1024 : NaN;
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
  const weight = pageWeight(dist, `periods/${typical}`);
  results.push({ periods: count, seconds });
  console.log(`\n${count} periods: ${pages} pages built in ${seconds.toFixed(1)} s (${((seconds / pages) * 1000).toFixed(1)} ms per page), peak memory ${Number.isNaN(peak) ? "n/a" : `${(peak / 2 ** 20).toFixed(0)} MB`}, output ${(folderBytes(dist) / 2 ** 20).toFixed(1)} MB`);
  console.log(`  typical period page /periods/${typical}/ (gzip): HTML ${kb(weight.html)} (of which inline SVG ${kb(weight.svgInline)}), CSS ${kb(weight.css)}, JavaScript ${kb(weight.js)}; total ${kb(weight.html + weight.css + weight.js)} in ${weight.requests} request(s)`);
  rmSync(root, { recursive: true, force: true });
}
if (results.length > 1) {
  console.log("\nScaling of build time:");
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    console.log(`  ${a.periods} -> ${b.periods} periods (x${(b.periods / a.periods).toFixed(0)}): build time x${(b.seconds / a.seconds).toFixed(2)}`);
  }
}

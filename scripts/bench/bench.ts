/**
 * npm run bench [-- 1000 5000] [--baseline <copy of ../shared/bench>] [--rounds 2]
 *
 * Builds the real site on synthetic datasets of so many monthly periods (scripts/bench/
 * synthetic.ts) and prints, for each size: a cold build, a rebuild with nothing changed, a
 * rebuild of the same input into a new folder (every cache used, every page rendered), and a
 * rebuild after one value changed; for each, wall time, CPU time and the peak memory of every
 * process; then pages, output size and a typical page's weight, and how cold builds scale.
 *
 * --baseline names a copy of ../shared/bench whose baseline-astro has its dependencies
 * installed: its minimal Astro site is then built on the same number of periods, cold builds
 * of the two alternating (report, baseline, report, baseline …) for --rounds rounds, and the
 * median ratio of each pair is printed: this machine's speed drifts too much for anything else.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { synthesise } from "./synthetic.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { baseline: { type: "string" }, rounds: { type: "string", default: "2" } } });
const sizes = positionals.map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(1000, 5000);
const rounds = Math.max(1, Number(values.rounds));
const baseline = values.baseline && resolve(values.baseline);
if (baseline && !existsSync(join(baseline, "baseline-astro", "node_modules", "astro"))) {
  console.error(`--baseline ${baseline}: no baseline-astro/node_modules/astro there. Copy ../shared/bench and run npm install in its baseline-astro first (its README says how).`);
  process.exit(2);
}
const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const usageHook = resolve("scripts/bench/usage.ts");

interface Run {
  seconds: number;
  cpuSeconds: number;
  /** The largest resident set of any one process of the run. */
  peakBytes: number;
  /** Peak memory by process: the build script, Astro, the card drawer. */
  processes: { name: string; peakBytes: number; cpuSeconds: number }[];
  stdout: string;
}

/** Runs a command under /usr/bin/time, every Node process in it reporting its own peak (scripts/bench/usage.ts). */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Run {
  const usage = join(mkdtempSync(join(tmpdir(), "sms-bench-usage-")), "usage.jsonl");
  const started = process.hrtime.bigint();
  const run = spawnSync(time ?? command, time ? ["-f", "%M %U %S", command, ...args] : args, {
    cwd,
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import=${usageHook}`.trim(), BENCH_USAGE_FILE: usage },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    rmSync(join(usage, ".."), { recursive: true, force: true });
    console.error(`${command} ${args.join(" ")} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    process.exit(1);
  }
  const [maxKb, user, system] = time ? run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) : [NaN, NaN, NaN];
  const processes = existsSync(usage)
    ? readFileSync(usage, "utf8").trim().split("\n").map((line) => {
        const { argv, peakBytes, cpuSeconds } = JSON.parse(line) as { argv: string[]; peakBytes: number; cpuSeconds: number };
        return { name: processName(argv), peakBytes, cpuSeconds };
      })
    : [];
  rmSync(join(usage, ".."), { recursive: true, force: true });
  return { seconds, cpuSeconds: user! + system!, peakBytes: maxKb! * 1024, processes, stdout: run.stdout };
}

function processName(argv: string[]): string {
  const script = argv.find((a) => /\.(m?js|ts)$/.test(a)) ?? argv[0] ?? "node";
  if (script.endsWith("astro.mjs")) return "astro";
  return script.replace(/.*\/(scripts\/)?/, "").replace(/\.(m?js|ts)$/, "");
}

const buildReport = (env: Record<string, string>, dist: string, cache: string) =>
  measure(process.execPath, [resolve("scripts/build.ts")], { ...process.env, ...env, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: cache });

/** A cold build of the minimal Astro baseline (its own script removes its output and caches first). */
const buildBaseline = () => measure("sh", [join(baseline!, "tools", "build-astro.sh")], { ...process.env, NODE_OPTIONS: "" });

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
  // JSON-LD metadata is a <script> element that browsers never run: it is not JavaScript.
  const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g)].map((m) => m[0]).join("");
  return { html: gz(html), css: css.reduce((s, b) => s + gz(b), 0), svgInline: gz(svg), js: js.reduce((s, b) => s + gz(b), 0) + (scripts ? gz(scripts) : 0), requests: 1 + assets.length };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mb = (bytes: number) => (Number.isNaN(bytes) ? "n/a" : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const describe = (label: string, run: Run, cold?: Run) => {
  const byProcess = run.processes
    .filter((p) => p.peakBytes > 0)
    .map((p) => `${p.name} ${mb(p.peakBytes)}`)
    .join(", ");
  const share = cold ? ` (${((run.seconds / cold.seconds) * 100).toFixed(0)}% of cold)` : "";
  return `  ${label.padEnd(30)} ${run.seconds.toFixed(1).padStart(7)} s${share}, CPU ${run.cpuSeconds.toFixed(1)} s, peak ${mb(run.peakBytes)}${byProcess ? ` [${byProcess}]` : ""}`;
};

const colds: { periods: number; pages: number; seconds: number; peakBytes: number }[] = [];
for (const count of sizes) {
  const root = mkdtempSync(join(tmpdir(), `sms-bench-${count}-`));
  // A failed build ends the run (process.exit): the synthetic site goes with it.
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  process.on("exit", removeRoot);
  const site = synthesise(root, count);
  const dist = join(root, "dist");
  const cache = join(root, "cache");
  const cold = () => {
    for (const folder of [dist, `${dist}.previous`, cache]) rmSync(folder, { recursive: true, force: true });
    return buildReport(site.env, dist, cache);
  };
  console.log(`\n${count} periods`);
  const reportColds: Run[] = [];
  const ratios: number[] = [];
  if (baseline) {
    const generated = spawnSync(process.execPath, ["gen.mjs", String(count)], { cwd: baseline, encoding: "utf8" });
    if (generated.status !== 0) throw new Error(`gen.mjs ${count} failed in ${baseline}:\n${generated.stderr}`);
    const baselineRuns: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      reportColds.push(cold());
      baselineRuns.push(buildBaseline());
      ratios.push(reportColds.at(-1)!.seconds / baselineRuns.at(-1)!.seconds);
      console.log(`  round ${round + 1}: report ${reportColds.at(-1)!.seconds.toFixed(1)} s, baseline ${baselineRuns.at(-1)!.seconds.toFixed(1)} s`);
    }
    const pagesBaseline = readdirSync(join(baseline, "baseline-astro", "dist"), { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
    console.log(describe(`baseline cold (median)`, { ...baselineRuns[0]!, seconds: median(baselineRuns.map((r) => r.seconds)), cpuSeconds: median(baselineRuns.map((r) => r.cpuSeconds)), peakBytes: median(baselineRuns.map((r) => r.peakBytes)), processes: [] }));
    console.log(`  baseline pages: ${pagesBaseline}`);
  } else reportColds.push(cold());
  const coldRun = { ...reportColds.at(-1)!, seconds: median(reportColds.map((r) => r.seconds)), cpuSeconds: median(reportColds.map((r) => r.cpuSeconds)) };
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
  const output = folderBytes(dist);
  console.log(describe(`report cold${reportColds.length > 1 ? " (median)" : ""}`, coldRun));

  const unchanged = buildReport(site.env, dist, cache);
  if (!unchanged.stdout.includes("kept as it is")) throw new Error("bench: the rebuild with nothing changed did not recognise its output");
  console.log(describe("nothing changed", unchanged, coldRun));
  const elsewhere = join(root, "dist-2");
  const cached = buildReport(site.env, elsewhere, cache);
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(`${elsewhere}.previous`, { recursive: true, force: true });
  console.log(describe("same input, new output folder", cached, coldRun));
  site.changeOneValue();
  const oneValue = buildReport(site.env, dist, cache);
  console.log(describe("one value changed", oneValue, coldRun));

  const weight = pageWeight(dist, `periods/${site.typical}`);
  console.log(`  ${pages} pages (${((coldRun.seconds / pages) * 1000).toFixed(1)} ms per page cold), output ${mb(output)}`);
  console.log(`  typical period page /periods/${site.typical}/ (gzip): HTML ${kb(weight.html)} (of which inline SVG ${kb(weight.svgInline)}), CSS ${kb(weight.css)}, JavaScript ${kb(weight.js)}; total ${kb(weight.html + weight.css + weight.js)} in ${weight.requests} request(s)`);
  if (ratios.length > 0) console.log(`  report / baseline, cold wall time: median ×${median(ratios).toFixed(2)} over ${ratios.length} alternating pair(s) (${ratios.map((r) => r.toFixed(2)).join(", ")})`);
  colds.push({ periods: count, pages, seconds: coldRun.seconds, peakBytes: coldRun.peakBytes });
  removeRoot();
  process.off("exit", removeRoot);
}
if (colds.length > 1) {
  console.log("\nScaling of cold builds:");
  for (let i = 1; i < colds.length; i++) {
    const [a, b] = [colds[i - 1]!, colds[i]!];
    const perPage = (r: typeof a) => r.seconds / r.pages;
    console.log(`  ${a.periods} -> ${b.periods} periods: pages ×${(b.pages / a.pages).toFixed(2)}, time ×${(b.seconds / a.seconds).toFixed(2)} (per page ×${(perPage(b) / perPage(a)).toFixed(2)}), peak memory ×${(b.peakBytes / a.peakBytes).toFixed(2)}`);
  }
}

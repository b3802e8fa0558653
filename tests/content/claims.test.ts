import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import type { Dataset } from "../../src/lib/dataset/types.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { checkNarratives } from "../../src/remark/checkNarratives.ts";
import { NARRATIVE_FOLDERS, renderNarrative } from "../helpers/narrative.ts";

/*
 * The narratives' claims held to the real dataset: one figure changed in a copy of it, and the
 * claim that rests on it must either stop the build at its file and line or come out in new words.
 */

const DATA = resolve("content/data");
const dataset = loadDataset(DATA);

/** A copy of the dataset with one figure changed. */
function withValue(period: string, metric: string, value: number): Dataset {
  const at = dataset.observations.findIndex((o) => o.period === period && o.metric === metric);
  if (at < 0) throw new Error(`the dataset has no ${metric} for ${period}`);
  return { ...dataset, observations: dataset.observations.with(at, { ...dataset.observations[at]!, value, raw: String(value) }) };
}

/** The problems the build's narrative check finds in every narrative, on `changed`. */
function problems(changed: Dataset): string[] {
  const context = { model: buildSiteModel(changed), base: "/" };
  return [...checkNarratives(NARRATIVE_FOLDERS.period, "period", context), ...checkNarratives(NARRATIVE_FOLDERS.year, "year", context)];
}

/** Where in its file a claim with these words stands: "content/periods/2024-11.md:18". */
function placeOf(file: string, words: string): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(`:claim[${words}]`));
  if (line < 0) throw new Error(`${file} has no :claim[${words}]`);
  return `${file}:${line + 1}`;
}

// narrative, the claim's words, and the one figure whose change makes them false.
const GUARDED: [file: string, words: string, period: string, metric: string, value: number][] = [
  ["content/periods/2024-11.md", "fall below their August level", "2024-11", "irregular.decisions", 2700],
  ["content/periods/2024-11.md", "went the other way", "2024-11", "residence.permit-applications", 1],
  ["content/periods/2024-11.md", "almost evenly matched", "2024-11", "irregular.entry-ban", 700],
  ["content/periods/2024-11.md", "The largest part of the drop", "2024-11", "irregular.no-expulsion", 500],
  ["content/periods/2023.md", "fewer Call Center calls than in 2021", "2023", "calls.received", 10_000_000],
  ["content/periods/2023.md", "its largest line by far", "2023", "stay.registration-applications", 1],
  ["content/periods/2011.md", "most foreigners found in breach of the rules of stay were told to leave", "2011", "irregular.violators.leave-48h", 1],
  ["content/periods/2011.md", "add up exactly to the total", "2011", "irregular.violators", 100_000],
  ["content/periods/2024-05.md", "almost flat", "2024-05", "calls.received", 10_000],
  ["content/periods/2024-05.md", "Most bans", "2024-05", "irregular.entry-ban.migration-code.unpaid-fine", 1],
  ["content/periods/2024-07.md", "By far the largest part", "2024-07", "irregular.entry-ban.fine-and-expulsion", 10_000],
  ["content/periods/2024-h1.md", "the larger group", "2024-h1", "irregular.entry-ban", 1_000_000],
  ["content/periods/unlabeled.md", "ahead of", "unlabeled", "residence.permit-applications", 1],
  ["content/periods/2018-h1.md", "in line with", "2018-h1", "stay.registered", 400_000],
  ["content/periods/2018-h1.md", "fell", "2018-h1", "citizenship.affiliation-applications", 20_000],
  ["content/years/2024.md", "fell back", "2024-11", "stay.registration-applications", 1_000_000],
  ["content/years/2024.md", "In every bulletin of 2024 but the May one, the kinds of decision listed fall short of the total", "2024-05", "irregular.decisions", 5000],
  ["content/years/2018.md", "which agree with the counts once rounded", "2018-h1", "refugees.recognised", 80],
];

describe("claims in the narratives", () => {
  const files = new Set(GUARDED.map(([file]) => file));

  it("cover at least twelve claims in at least six narratives", () => {
    expect(GUARDED.length).toBeGreaterThanOrEqual(12);
    expect(files.size).toBeGreaterThanOrEqual(6);
  });

  it("hold on the dataset as it is", () => {
    expect(problems(dataset)).toEqual([]);
  });

  it.each(GUARDED)("%s: “%s” stops the build at its line when %s %s becomes %d", (file, words, period, metric, value) => {
    const found = problems(withValue(period, metric, value));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${escape(placeOf(file, words))}:\\d+: .*the claim "${escape(words)}" \\(is=[\\w-]+\\) no longer holds: `)));
  });

  it("say the new word where the data decide it: “fewer” becomes “more” on the page", () => {
    const markdown = readFileSync("content/periods/2024-11.md", "utf8").replace(/^---[\s\S]*?---/, "");
    expect(renderNarrative(markdown, { period: "2024-11", model: buildSiteModel(dataset) })).toMatch(/The Call Center received <a[^>]*><data value="\d+">[\d,]+<\/data><\/a> calls, <data[^>]*>[\d,]+ fewer<\/data> than in August/);
    expect(renderNarrative(markdown, { period: "2024-11", model: buildSiteModel(withValue("2024-11", "calls.received", 9000)) })).toMatch(/calls, <data[^>]*>[\d,]+ more<\/data> than in August/);
  });

  it("stop `npm run build` on a copy of the dataset, naming the narrative's file and line, and leave the last site alone", () => {
    const root = mkdtempSync(join(tmpdir(), "sms-claims-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const data = join(root, "data");
    cpSync(DATA, data, { recursive: true });
    const csv = join(data, "observations.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace(/^2024-11,irregular\.decisions,\d+,[^,]*,/m, "2024-11,irregular.decisions,2700,2700,"));
    const dist = join(root, "dist");
    mkdirSync(dist);
    writeFileSync(join(dist, "index.html"), "the last good site");
    const build = spawnSync(process.execPath, ["scripts/build.ts"], { env: { ...process.env, REPORT_DATA_DIR: data, REPORT_DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, "cache") }, encoding: "utf8" });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${placeOf("content/periods/2024-11.md", "fall below their August level")}:`);
    expect(build.stderr).toMatch(/the claim "fall below their August level" \(is=down\) no longer holds: irregular\.decisions is 2,700 in November 2024 against 2,660 in August 2024/);
    expect(readdirSync(dist)).toEqual(["index.html"]);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("the last good site");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

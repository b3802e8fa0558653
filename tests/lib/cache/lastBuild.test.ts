import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInputs, isUpToDate, outputState, recordBuild } from "../../../src/lib/cache/lastBuild.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

let root: string;
let env: Record<string, string>;
const saved = process.env.ASTRO_CACHE_DIR;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "sms-lastbuild-"));
  const data = join(root, "data");
  cpSync(FIXTURE_DATASET, data, { recursive: true });
  mkdirSync(join(root, "dist", "periods"), { recursive: true });
  writeFileSync(join(root, "dist", "index.html"), "<p>home</p>");
  writeFileSync(join(root, "dist", "periods", "index.html"), "<p>periods</p>");
  env = { REPORT_DATA_DIR: data, REPORT_NARRATIVES_DIR: join(root, "narratives"), REPORT_YEARS_DIR: join(root, "years"), REPORT_EDITIONS_DIR: join(root, "editions"), BUILD_DATE: "2026-01-15" };
  process.env.ASTRO_CACHE_DIR = join(root, "cache");
});
afterEach(() => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

describe("buildInputs", () => {
  it("changes with the build date, the deployment, the cards and the narratives", () => {
    const base = buildInputs(env);
    expect(buildInputs(env)).toBe(base);
    expect(buildInputs({ ...env, BUILD_DATE: "2026-01-16" })).not.toBe(base);
    expect(buildInputs({ ...env, BASE_PATH: "/report/" })).not.toBe(base);
    expect(buildInputs({ ...env, REPORT_SKIP_CARDS: "1" })).not.toBe(base);
    mkdirSync(env.REPORT_NARRATIVES_DIR!);
    writeFileSync(join(env.REPORT_NARRATIVES_DIR!, "2024-01.md"), "---\ntitle: A\n---\n");
    expect(buildInputs(env)).not.toBe(base);
  });
});

describe("isUpToDate", () => {
  const dist = () => join(root, "dist");

  it("holds after a build is recorded, for the same inputs only", () => {
    expect(isUpToDate(dist(), "inputs")).toBe(false);
    recordBuild(dist(), "inputs");
    expect(isUpToDate(dist(), "inputs")).toBe(true);
    expect(isUpToDate(dist(), "other inputs")).toBe(false);
    expect(isUpToDate(join(root, "elsewhere"), "inputs")).toBe(false);
  });

  it("no longer holds once a file of the output is edited, touched, added or removed", () => {
    const edits = [
      () => writeFileSync(join(dist(), "index.html"), "<p>edited</p>"),
      () => utimesSync(join(dist(), "index.html"), new Date("2020-01-01"), new Date("2020-01-01")),
      () => writeFileSync(join(dist(), "extra.html"), ""),
      () => rmSync(join(dist(), "periods", "index.html")),
    ];
    for (const edit of edits) {
      recordBuild(dist(), "inputs");
      const before = outputState(dist());
      edit();
      expect(outputState(dist())).not.toBe(before);
      expect(isUpToDate(dist(), "inputs")).toBe(false);
    }
  });
});

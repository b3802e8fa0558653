import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { onTestFinished } from "vitest";
import { FIXTURE_DATASET } from "./fixture.ts";

export const FIXTURE_NARRATIVES = resolve("tests/fixtures/narratives");

/** A temporary copy of the fixture's inputs: dataset, period narratives, (empty) year summaries. */
export interface FixtureInputs {
  root: string;
  data: string;
  narratives: string;
  years: string;
  dist: string;
}

/**
 * Copies the fixture inputs into a temporary folder, removed when the test ends (or, from
 * a beforeAll hook, take the remover and call it from an afterAll hook, which runs even when
 * the build in beforeAll fails).
 */
export function fixtureInputs(whenDone: (cleanUp: () => void) => void = onTestFinished): FixtureInputs {
  const root = mkdtempSync(join(tmpdir(), "sms-site-fixture-"));
  whenDone(() => rmSync(root, { recursive: true, force: true }));
  const inputs = { root, data: join(root, "data"), narratives: join(root, "narratives"), years: join(root, "years"), dist: join(root, "dist") };
  cpSync(FIXTURE_DATASET, inputs.data, { recursive: true });
  cpSync(FIXTURE_NARRATIVES, inputs.narratives, { recursive: true });
  mkdirSync(inputs.years);
  return inputs;
}

/** Runs `npm run build` (scripts/build.ts) on the inputs, into their dist/. */
export function buildFixture(inputs: FixtureInputs, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["scripts/build.ts"], {
    env: {
      ...process.env,
      REPORT_DATA_DIR: inputs.data,
      REPORT_NARRATIVES_DIR: inputs.narratives,
      REPORT_YEARS_DIR: inputs.years,
      // The other editions' narratives of the real site are not the fixture's.
      REPORT_EDITIONS_DIR: join(inputs.root, "editions"),
      REPORT_DIST_DIR: inputs.dist,
      ASTRO_CACHE_DIR: join(inputs.root, "astro-cache"),
      BUILD_DATE: "2026-01-15",
      ...env,
    },
    encoding: "utf8",
  });
}

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    /** The Astro cache the shared build wrote, for the test that rebuilds on top of it. */
    siteCache: string;
  }
}

/** The environment of the shared build, for a test that builds the same input again. */
export const SHARED_BUILD_ENV = { BUILD_DATE: "2026-01-15" };

/** Builds the real site once, into a temporary folder, for every test that reads built pages. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "sms-site-"));
  const siteDir = join(root, "dist");
  const siteCache = join(root, "astro-cache");
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, ...SHARED_BUILD_ENV, REPORT_DIST_DIR: siteDir, ASTRO_CACHE_DIR: siteCache },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the site did not build:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide("siteDir", siteDir);
  project.provide("siteCache", siteCache);
  return () => rmSync(root, { recursive: true, force: true });
}

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** Builds the real site once, into a temporary folder, for every test that reads built pages. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "sms-site-"));
  const siteDir = join(root, "dist");
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    env: { ...process.env, REPORT_DIST_DIR: siteDir, BUILD_DATE: "2026-01-15" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the site did not build:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide("siteDir", siteDir);
  return () => rmSync(root, { recursive: true, force: true });
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, onTestFinished } from "vitest";
import { DatasetError, type DatasetIssue } from "../../src/lib/dataset/DatasetError.ts";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import type { Dataset } from "../../src/lib/dataset/types.ts";
import { buildFigureIndex, type ChartSources, type ComputedFigure } from "../../src/lib/charts/figures.ts";
import { derivedObservations } from "../../src/lib/derive/derivedPeriods.ts";

export const FIXTURE_DATASET = resolve("tests/fixtures/dataset");

/** A temporary copy of the fixture dataset with `edit` applied to one of its files, removed after the test. */
export function mutatedFixture(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sms-fixture-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE_DATASET, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing: fix the test`);
  writeFileSync(path, after);
  return dir;
}

/** The issues that loading `dir` reports; fails the test if it loads cleanly. */
export function datasetIssues(dir: string): DatasetIssue[] {
  try {
    loadDataset(dir, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return [...(error as DatasetError).issues];
  }
  expect.fail("the dataset loaded without error");
}

/** What chart builders read, for a dataset and the figures computed from it. */
export function chartSources(dataset: Dataset, derived: readonly ComputedFigure[] = derivedObservations(dataset)): ChartSources {
  return { dataset, derived, figures: buildFigureIndex(dataset, derived) };
}

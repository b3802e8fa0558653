import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, onTestFinished } from "vitest";
import { DatasetError, type DatasetIssue } from "../../src/lib/dataset/DatasetError.ts";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import type { Dataset } from "../../src/lib/dataset/types.ts";
import { buildFigureIndex, type ChartSources, type ComputedFigure } from "../../src/lib/charts/figures.ts";
import { derivedObservations } from "../../src/lib/derive/derivedPeriods.ts";
import { en } from "../../src/lib/i18n/en/index.ts";

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
  return { m: en, dataset, derived, figures: buildFigureIndex(dataset, derived) };
}

/** The fixture with March 2024 computed as the half-year minus January and February. */
export function withComputedMarch(dataset: Dataset = loadDataset(FIXTURE_DATASET)): Dataset {
  const february = dataset.periods.find((p) => p.id === "2024-02")!;
  const march = {
    ...february,
    id: "2024-03",
    label: "March 2024 (derived)",
    start: "2024-03-01",
    end: "2024-03-31",
    flags: ["derived" as const],
    derivedFrom: { total: "2024-h1", minus: ["2024-01", "2024-02"] },
  };
  return { ...dataset, periods: [...dataset.periods, march] };
}

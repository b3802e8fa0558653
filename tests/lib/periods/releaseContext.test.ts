import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { releaseContext } from "../../../src/lib/periods/releaseContext.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const period = (id: string) => dataset.periods.find((p) => p.id === id)!;

describe("releaseContext", () => {
  it("places a period among those of its kind and points to the newest", () => {
    expect(releaseContext(dataset, period("2024-01"))).toEqual({ position: 1, of: 2, newer: period("2024-02") });
    expect(releaseContext(dataset, period("2024-02"))).toEqual({ position: 2, of: 2, newer: undefined });
    expect(releaseContext(dataset, period("2018-h1"))).toEqual({ position: 1, of: 2, newer: period("2024-h1") });
  });

  it("gives nothing for a period off the time axis", () => {
    expect(releaseContext(dataset, period("undated"))).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { latestPeriod, nearestBulletin, neighbours, pagePeriods, timeline } from "../../../src/lib/periods/timeline.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);

describe("timeline", () => {
  it("orders periods by the day they end, leaving out undated and companion periods", () => {
    expect(timeline(dataset).map((p) => p.id)).toEqual(["2018-h1", "2024-01", "2024-02", "2024-h1"]);
  });

  it("gives each dated page its earlier and later neighbour", () => {
    const around = neighbours(dataset, "2024-02");
    expect(around.previous?.id).toBe("2024-01");
    expect(around.next?.id).toBe("2024-h1");
    expect(neighbours(dataset, "2018-h1").previous).toBeUndefined();
  });

  it("leaves the undated block without neighbours but still gives it a page", () => {
    expect(neighbours(dataset, "undated")).toEqual({});
    expect(pagePeriods(dataset).map((p) => p.id)).toContain("undated");
    expect(pagePeriods(dataset).map((p) => p.id)).not.toContain("2017-h1");
  });

  it("takes the period ending last as the latest", () => {
    expect(latestPeriod(dataset)?.id).toBe("2024-h1");
  });

  it("finds the nearest bulletin of the same kind either way, skipping other kinds, and none off the axis", () => {
    const line = timeline(dataset);
    const byId = (id: string) => dataset.periods.find((p) => p.id === id)!;
    expect(nearestBulletin(line, byId("2024-02"), "previous")?.id).toBe("2024-01");
    expect(nearestBulletin(line, byId("2024-01"), "next")?.id).toBe("2024-02");
    expect(nearestBulletin(line, byId("2024-h1"), "previous")?.id).toBe("2018-h1");
    expect(nearestBulletin(line, byId("2024-02"), "next")).toBeUndefined();
    expect(nearestBulletin(line, byId("undated"), "previous")).toBeUndefined();
    expect(nearestBulletin(line, byId("undated"), "next")).toBeUndefined();
  });
});

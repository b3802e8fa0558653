import { describe, expect, it } from "vitest";
import type { Observation } from "../../../src/lib/dataset/types.ts";
import { indexObservations } from "../../../src/lib/derive/observationIndex.ts";

const figure = (period: string, metric: string, value: number): Observation => ({ period, metric, value, raw: String(value), document: "bulletin", line: 1 });

describe("indexObservations", () => {
  const observations = [figure("2024-01", "calls", 100), figure("2024-02", "calls", 200), figure("2024-01", "calls.online", 30)];
  const index = indexObservations(observations);

  it("finds a figure by its period and metric", () => {
    expect(index.get("2024-01", "calls")).toBe(observations[0]);
    expect(index.get("2024-02", "calls")?.value).toBe(200);
    expect(index.get("2024-01", "calls.online")?.value).toBe(30);
  });

  it("finds nothing for a period or metric without a figure, and does not mix them up", () => {
    expect(index.get("2024-02", "calls.online")).toBeUndefined();
    expect(index.get("2024-03", "calls")).toBeUndefined();
    expect(index.get("calls", "2024-01")).toBeUndefined();
  });

  it("indexes an empty list", () => {
    expect(indexObservations([]).get("2024-01", "calls")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { headlineFigures } from "../../../src/lib/periods/headlines.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const period = (id: string) => fixture.periods.find((p) => p.id === id)!;
const headlines = (dataset: Dataset, id: string, count?: number) => headlineFigures(dataset, period(id), count).map((o) => [o.metric, o.value]);

describe("headlineFigures", () => {
  it("takes a period's totals, not the parts of a total it also gives", () => {
    expect(headlines(fixture, "2024-01")).toEqual([
      ["stay.applications", 27328],
      ["decisions.total", 1826],
    ]);
  });

  it("takes the parts where the period gives no total for them", () => {
    // Without January's total, its expulsions (line 3) and fines (line 4) stand on their own.
    const noTotal = { ...fixture, observations: fixture.observations.filter((o) => !(o.period === "2024-01" && o.metric === "decisions.total")) };
    expect(headlines(noTotal, "2024-01")).toEqual([
      ["stay.applications", 27328],
      ["decisions.expulsion", 844],
      ["decisions.fine", 837],
    ]);
  });

  it("never takes a stated change", () => {
    expect(headlines(fixture, "2018-h1")).toEqual([["foreigners.registered", 827352]]);
  });

  it("puts the metrics published for the most periods first, then the source's order", () => {
    // Applications are published for 4 periods, decisions for 2: applications lead even when
    // printed after decisions.
    const swapped = {
      ...fixture,
      observations: fixture.observations.map((o) => (o.period !== "2024-01" ? o : o.metric === "stay.applications" ? { ...o, line: 4 } : o.metric === "decisions.total" ? { ...o, line: 1 } : o)),
    };
    expect(headlines(swapped, "2024-01").map(([m]) => m)).toEqual(["stay.applications", "decisions.total"]);
    // With decisions in 5 periods (2 + 3 more), decisions lead.
    const moreDecisions = {
      ...fixture,
      observations: [
        ...fixture.observations,
        ...["2024-02", "undated", "2018-h1"].map((p) => ({ period: p, metric: "decisions.total", value: 1, raw: "1", document: "bulletin", line: 10 })),
      ],
    };
    expect(headlines(moreDecisions, "2024-01").map(([m]) => m)).toEqual(["decisions.total", "stay.applications"]);
  });

  it("takes at most `count` figures", () => {
    expect(headlines(fixture, "2024-01", 1)).toEqual([["stay.applications", 27328]]);
    expect(headlines(fixture, "2024-h1", 4)).toHaveLength(2);
  });

  it("has nothing for a period without published figures", () => {
    expect(headlineFigures(fixture, { ...period("2024-02"), id: "2024-03" })).toEqual([]);
  });
});

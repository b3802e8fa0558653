import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { figureTables } from "../../../src/lib/periods/figureTables.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const period = (id: string) => dataset.periods.find((p) => p.id === id)!;

describe("figureTables", () => {
  it("groups a period's figures by topic, parts indented under their total", () => {
    const tables = figureTables(dataset, [period("2024-01")]);
    expect(tables.map((t) => t.group.id)).toEqual(["legal-migration", "illegal-migration"]);
    const rows = tables[1]!.rows.map((r) => [r.metric.id, r.depth, r.cells[0]?.value]);
    expect(rows).toEqual([
      ["decisions.total", 0, 1826],
      ["decisions.expulsion", 1, 844],
      ["decisions.fine", 1, 837],
    ]);
  });

  it("puts comparison periods in columns and a stated change under its figure", () => {
    const [table] = figureTables(dataset, [period("2018-h1"), period("2017-h1")]);
    expect(table!.rows.map((r) => [r.metric.id, r.depth, r.cells.map((c) => c?.value)])).toEqual([
      ["foreigners.registered", 0, [827352, 747107]],
      ["foreigners.registered.claimed-change", 1, [10, undefined]],
    ]);
    expect(table!.rows[0]!.citations).toEqual([{ document: dataset.documents[1], line: 2 }]);
    expect(table!.rows[1]!.comparedWith?.id).toBe("2017-h1");
  });

  it("shows every figure of the period exactly once", () => {
    const cells = figureTables(dataset, [period("2024-01")]).flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells).toHaveLength(dataset.observations.filter((o) => o.period === "2024-01").length);
  });
});

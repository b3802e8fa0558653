import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { compareWithDataset } from "../../../src/lib/ingest/compareWithDataset.ts";
import type { IngestedFigure, IngestedPeriod, ParsedBulletin } from "../../../src/lib/ingest/parseBulletins.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

const period = (id: string, label: string): IngestedPeriod => ({ id, label, kind: "month", start: `${id}-01`, end: `${id}-28`, sourceLabel: label, flags: [] });
const figure = (metric: string, value: number, line: number): IngestedFigure => ({ metric, value, raw: String(value), line });
const parsed = (p: IngestedPeriod, figures: IngestedFigure[]): ParsedBulletin => ({ period: p, from: 1, to: 4, figures, omissions: [] });

describe("compareWithDataset", () => {
  // January 2024 again: applications as in the dataset, decisions changed from 1,826 to 1,830,
  // the two parts as before, and a figure the dataset does not have for January.
  const january = parsed(period("2024-01", "January of 2024"), [
    figure("stay.applications", 27328, 1),
    figure("decisions.total", 1830, 2),
    figure("decisions.expulsion", 844, 3),
    figure("decisions.fine", 837, 4),
    figure("foreigners.registered", 100, 5),
  ]);
  const march = parsed(period("2024-03", "March of 2024"), [figure("stay.applications", 30000, 6)]);
  const [januaryCompared, marchCompared] = compareWithDataset([january, march], fixture);

  it("sets each figure against the dataset's: new, changed or unchanged", () => {
    expect(januaryCompared!.figures.map((f) => [f.metric, f.status])).toEqual([
      ["stay.applications", "unchanged"],
      ["decisions.total", "changed"],
      ["decisions.expulsion", "unchanged"],
      ["decisions.fine", "unchanged"],
      ["foreigners.registered", "new"],
    ]);
  });

  it("keeps the dataset's figure beside a changed or unchanged one, and none beside a new one", () => {
    const [applications, decisions, , , foreigners] = januaryCompared!.figures;
    expect(decisions!.existing).toBe(fixture.observations.find((o) => o.period === "2024-01" && o.metric === "decisions.total"));
    expect(decisions).toMatchObject({ value: 1830, raw: "1830", line: 2, existing: { value: 1826 } });
    expect(applications!.existing?.value).toBe(27328);
    expect(foreigners!.existing).toBeUndefined();
  });

  it("knows which periods the dataset already has", () => {
    expect(januaryCompared!.periodExists).toBe(true);
    expect(marchCompared!.periodExists).toBe(false);
    expect(marchCompared!.figures.map((f) => f.status)).toEqual(["new"]);
  });

  it("keeps the bulletin it compared", () => {
    expect(januaryCompared!.bulletin).toBe(january);
  });

  it("finds the totals whose parts in the bulletin itself do not add up", () => {
    // 1,830 − (844 + 837) = 149 (the dataset's 1,826 would give 145).
    expect(januaryCompared!.gaps).toEqual([{ period: "2024-01", parent: "decisions.total", total: 1830, parts: ["decisions.expulsion", "decisions.fine"], itemised: 1681, gap: 149 }]);
    expect(marchCompared!.gaps).toEqual([]);
  });

  it("takes no part from the dataset when the bulletin gives a total alone", () => {
    const [totalOnly] = compareWithDataset([parsed(period("2024-01", "January of 2024"), [figure("decisions.total", 1826, 2)])], fixture);
    expect(totalOnly!.gaps).toEqual([]);
  });

  it("compares a twin bulletin under its own id", () => {
    const [twin] = compareWithDataset([parsed({ ...period("2024-01", "January of 2024"), id: "2024-01-b", flags: ["duplicate-label"] }, [figure("stay.applications", 27328, 1)])], fixture);
    expect(twin!.periodExists).toBe(false);
    expect(twin!.figures[0]!.status).toBe("new");
  });
});

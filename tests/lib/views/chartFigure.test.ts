import { describe, expect, it } from "vitest";
import { chartFigureView, sharedKeys } from "../../../src/lib/views/chartFigure.ts";
import { FIXTURE_MODEL } from "../../helpers/narrative.ts";

describe("chartFigureView", () => {
  it("keys the ways a chart draws its values, with their reasons, and keeps the other notes apart", () => {
    // January 2024's breakdown has a computed bar: the part of the total its parts leave out.
    const chart = FIXTURE_MODEL.charts.ofPeriod("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
    const view = chartFigureView(FIXTURE_MODEL, chart);
    expect(view.figureId).toBe("chart-2024-01-parts-decisions.total");
    expect(view.keys.map((k) => k.status)).toEqual(["derived"]);
    expect(view.keys[0]!.reasons.length).toBeGreaterThan(0);
    expect(view.notes).toEqual(chart.notes.filter((n) => n.status === undefined).map((n) => n.text));
    expect(view.svg).toMatch(new RegExp(`^<svg aria-describedby="${view.findingId}" `));
  });

  it("writes a key line shared word for word by every chart of a group once, above them, and not under each", () => {
    const chart = FIXTURE_MODEL.charts.ofPeriod("2024-01").find((c) => c.id === "2024-01-parts-decisions.total")!;
    const twin = { ...chart, id: "twin" };
    const shared = sharedKeys([chart, twin]);
    expect(shared.map((k) => k.status)).toEqual(["derived"]);
    expect(chartFigureView(FIXTURE_MODEL, chart, shared).keys).toEqual([]);
    // A chart alone keeps its key; so does a group where not every chart has the line.
    expect(sharedKeys([chart])).toEqual([]);
    const plain = { ...chart, id: "plain", rows: chart.rows.map((r) => ({ ...r, status: "published" as const })) };
    expect(sharedKeys([chart, plain])).toEqual([]);
  });
});

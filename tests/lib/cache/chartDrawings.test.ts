import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { cachedDrawing } from "../../../src/lib/cache/chartDrawings.ts";
import { contentStore } from "../../../src/lib/cache/contentStore.ts";
import { chartKey, drawChart } from "../../../src/lib/charts/renderChart.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { editionMessages } from "../../../src/lib/i18n/editions.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);

function store() {
  const dir = mkdtempSync(join(tmpdir(), "sms-charts-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return contentStore(dir);
}

describe("cachedDrawing", () => {
  it("draws each chart once, and reads it back in a later build, byte for byte", () => {
    const charts = store();
    const first = buildSiteModel(fixture, editionMessages("en"), cachedDrawing(charts, "en"));
    const drawn = first.charts.all.map((chart) => first.svg(chart));
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn).toEqual(first.charts.all.map(drawChart));
    expect(charts.misses).toBe(drawn.length);

    const again = buildSiteModel(fixture, editionMessages("en"), cachedDrawing(charts, "en"));
    expect(again.charts.all.map((chart) => again.svg(chart))).toEqual(drawn);
    expect({ hits: charts.hits, misses: charts.misses }).toEqual({ hits: drawn.length, misses: drawn.length });
  });

  it("keeps the drawings of different salts (code versions, editions) apart", () => {
    const charts = store();
    const model = buildSiteModel(fixture, editionMessages("en"), cachedDrawing(charts, "one"));
    const chart = model.charts.all[0]!;
    model.svg(chart);
    cachedDrawing(charts, "two")(chart);
    expect(charts.misses).toBe(2);
  });
});

/** The fixture with one observation's value, or one period's label, changed. */
const changes: [string, Dataset][] = [
  ...fixture.observations.map((o, i): [string, Dataset] => [`${o.period} ${o.metric} +1`, { ...fixture, observations: fixture.observations.map((x, j) => (j === i ? { ...x, value: x.value + 1 } : x)) }]),
  ...fixture.periods.map((p, i): [string, Dataset] => [`${p.id} relabelled`, { ...fixture, periods: fixture.periods.map((x, j) => (j === i ? { ...x, label: `${x.label} (renamed)` } : x)) }]),
];

describe("chartKey", () => {
  const before = buildSiteModel(fixture);
  const drawingsBefore = new Map(before.charts.all.map((chart) => [chart.id, { key: chartKey(chart), svg: drawChart(chart) }]));

  it.each(changes)("follows every change that changes a drawing: %s", (_, dataset) => {
    const after = buildSiteModel(dataset);
    for (const chart of after.charts.all) {
      const earlier = drawingsBefore.get(chart.id);
      // A chart whose key is unchanged would be read from the cache: its drawing must be too.
      if (earlier && earlier.key === chartKey(chart)) expect(drawChart(chart), chart.id).toBe(earlier.svg);
    }
  });

  it("changes for the charts that show a changed value, and only for them", () => {
    const [, dataset] = changes.find(([name]) => name === "2024-01 stay.applications +1")!;
    const after = buildSiteModel(dataset);
    const changed = after.charts.all.filter((chart) => drawingsBefore.get(chart.id)?.key !== chartKey(chart)).map((c) => c.id);
    const showing = after.charts.all.filter((chart) => chart.rows.some((row) => row.value === 27329)).map((c) => c.id);
    expect(showing.length).toBeGreaterThan(0);
    expect(changed).toEqual(showing);
  });
});

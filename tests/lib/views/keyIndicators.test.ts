import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { keyIndicatorsView } from "../../../src/lib/views/keyIndicators.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";
import { parseSvg, valueMarks } from "../charts/svgMarks.ts";

const fixture = loadDataset(FIXTURE_DATASET);
/** The fixture with applications, decisions and registered foreigners made key indicators 1, 2 and 3. */
const keyed = (d: Dataset): Dataset => ({
  ...d,
  metrics: d.metrics.map((m) => ({ ...m, key: { "stay.applications": 1, "decisions.total": 2, "foreigners.registered": 3 }[m.id] })),
});
/** …with a May 2024 bulletin that gives applications, and none for April. */
function withMay(d: Dataset): Dataset {
  const january = d.periods.find((p) => p.id === "2024-01")!;
  return {
    ...d,
    periods: [...d.periods, { ...january, id: "2024-05", label: "May 2024", start: "2024-05-01", end: "2024-05-31" }],
    observations: [...d.observations, { period: "2024-05", metric: "stay.applications", value: 20000, raw: "20000", document: "bulletin", line: 12 }],
  };
}

describe("keyIndicatorsView", () => {
  it("shows the key indicators in their order, those without a single month left out", () => {
    const view = keyIndicatorsView(buildSiteModel(keyed(fixture)))!;
    expect(view.items.map((i) => [i.metric, i.href])).toEqual([
      ["stay.applications", "/indicators/stay.applications/"],
      ["decisions.total", "/indicators/decisions.total/"],
    ]);
  });

  it("gives the latest month's figure and the change against the previous month with a bulletin of its own", () => {
    // March is computed (164,503 − 27,328 − 19,155 = 118,020): it is the latest month, but February is the basis.
    const [applications] = keyIndicatorsView(buildSiteModel(keyed(withComputedMarch(fixture))))!.items;
    expect(applications!.latest).toEqual({ value: 118020, display: "118,020", text: "applications in March 2024 (derived)" });
    expect(applications!.change).toBe("up 516.1% on February 2024");
  });

  it("says so of an indicator with one month, and draws no chart of it", () => {
    const [, decisions] = keyIndicatorsView(buildSiteModel(keyed(fixture)))!.items;
    expect(decisions!.latest.text).toBe("decisions in January 2024");
    expect(decisions!.change).toBe("the only month with this figure in the sources");
    expect(decisions!.svg).toBeUndefined();
  });

  it("draws every chart on one time axis, its gaps shaded and keyed once above them", () => {
    const view = keyIndicatorsView(buildSiteModel(keyed(withMay(withComputedMarch(fixture)))))!;
    expect(view.span).toBe("January 2024 – May 2024");
    expect(view.gaps).toEqual(["no-bulletin"]);
    expect(view.statuses).toEqual(["derived"]);
    const svg = view.items[0]!.svg!;
    expect(valueMarks(svg).map((m) => m.querySelector("title")?.textContent)).toEqual([
      "January 2024: 27,328 (published)",
      "February 2024: 19,155 (published)",
      "March 2024 (derived): 118,020 (computed by this report)",
      "May 2024: 20,000 (published)",
    ]);
    expect([...parseSvg(svg).querySelectorAll("g.chart-gap title")].map((t) => t.textContent)).toEqual(["April 2024: no bulletin among the sources"]);
    expect(parseSvg(svg).getAttribute("aria-label")).toBe("Bar chart over time: Applications for registration, month by month, January 2024 – May 2024");
    expect(view.items[0]!.change).toBe("up 4.4% on February 2024");
  });

  it("gives no view when no metric is a key indicator", () => {
    expect(keyIndicatorsView(buildSiteModel(fixture))).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { inTimeOrder } from "../../../src/lib/charts/figures.ts";
import { renderChart } from "../../../src/lib/charts/renderChart.ts";
import { plotOptions } from "../../../src/lib/charts/plotSpec.ts";
import { seriesChart, seriesDownloadAndPlot, seriesRange, seriesRows } from "../../../src/lib/charts/seriesCharts.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { FIXTURE_DATASET, chartSources } from "../../helpers/fixture.ts";
import { valueMarks } from "./svgMarks.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const sources = chartSources(dataset, []);
const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;
const applications = metric("stay.applications");
const months = inTimeOrder(dataset, sources.figures.ofMetric("stay.applications").filter((f) => f.period.kind === "month"));

describe("seriesChart", () => {
  it("charts a metric over the periods of one kind, with its range in words", () => {
    const chart = seriesChart(sources, applications, "month", months);
    expect(chart.id).toBe("indicator-stay.applications-month");
    expect(chart.title).toBe("Applications for registration: monthly figures");
    expect(chart.finding).toBe("Across the 2 months shown, the figure ranges from 19,155 applications in February 2024 to 27,328 applications in January 2024.");
    expect(chart.label).toBe("Bar chart over time: Applications for registration: monthly figures");
    expect(chart.columns).toEqual(["Period", "Applications"]);
    expect(valueMarks(renderChart(plotOptions(chart.plot), { id: chart.id, label: chart.label }))).toHaveLength(2);
  });
});

describe("seriesRows", () => {
  it("gives one row per period, linked to its figure", () => {
    expect(seriesRows(sources, months)).toEqual([
      { label: "January 2024", href: "/periods/2024-01/#fig-stay.applications", value: 27328, display: "27,328", status: "published" },
      { label: "February 2024", href: "/periods/2024-02/#fig-stay.applications", value: 19155, display: "19,155", status: "published" },
    ]);
  });
});

describe("seriesRange", () => {
  it("names the lowest and the highest figure with their periods", () => {
    const { describe: figure, range } = seriesRange(applications, months, en);
    expect(range).toBe("from 19,155 applications in February 2024 to 27,328 applications in January 2024");
    expect(figure(months[0]!)).toBe("27,328 applications in January 2024");
  });
});

describe("seriesDownloadAndPlot", () => {
  it("writes each period's dates, the raw value and its status", () => {
    const { csv } = seriesDownloadAndPlot(sources, months, seriesRows(sources, months));
    expect(csv).toEqual({
      header: ["period", "start", "end", "metric", "value", "status"],
      records: [
        ["2024-01", "2024-01-01", "2024-01-31", "stay.applications", 27328, "published"],
        ["2024-02", "2024-02-01", "2024-02-29", "stay.applications", 19155, "published"],
      ],
    });
  });
});

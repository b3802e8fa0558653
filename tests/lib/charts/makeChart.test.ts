import { describe, expect, it } from "vitest";
import { makeChart } from "../../../src/lib/charts/makeChart.ts";
import { plotSpec } from "../../../src/lib/charts/plotSpec.ts";

const parts = {
  id: "2024-01-parts-decisions.total",
  title: "January 2024: decisions, by kind",
  finding: "The largest part is expulsions.",
  notes: [{ text: "A note." }],
  label: (title: string) => `Bar chart: ${title}`,
  columns: ["Part of the total", "Decisions"] as [string, string],
  rows: [{ label: "Expulsions", value: 844, display: "844", status: "published" as const }],
  csv: { header: ["label", "value"], records: [["Expulsions", 844]] },
  plot: plotSpec(() => ({ marks: [] }), {}),
};

describe("makeChart", () => {
  it("names the chart from its title and keeps every other part as given", () => {
    const chart = makeChart(parts);
    expect(chart.label).toBe("Bar chart: January 2024: decisions, by kind");
    expect(chart).toEqual({ ...parts, label: "Bar chart: January 2024: decisions, by kind" });
  });

  it("gives every chart its parts in one order, whatever order the builder wrote them in", () => {
    const { plot, csv, ...rest } = parts;
    expect(Object.keys(makeChart({ plot, csv, ...rest }))).toEqual(["id", "title", "finding", "notes", "label", "columns", "rows", "csv", "plot"]);
  });
});

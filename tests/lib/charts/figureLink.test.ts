import { describe, expect, it } from "vitest";
import { figureHref } from "../../../src/lib/charts/figureLink.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);

describe("figureHref", () => {
  it("links a figure to its row on its period's page", () => {
    expect(figureHref(dataset, "2024-01", "decisions.total")).toBe("/periods/2024-01/#fig-decisions.total");
  });

  it("links a comparison period's figure to the page it is printed on", () => {
    expect(figureHref(dataset, "2017-h1", "foreigners.registered")).toBe("/periods/2018-h1/#fig-foreigners.registered");
  });

  it("links the Service's own figures to the about page", () => {
    const institutional = { ...dataset.periods[0]!, id: "sms", institutional: true };
    expect(figureHref({ periods: [...dataset.periods, institutional] }, "sms", "decisions.total")).toBe("/about/");
  });
});

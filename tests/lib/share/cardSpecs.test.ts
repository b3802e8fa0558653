import { describe, expect, it } from "vitest";
import type { Dataset, Metric } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { derivedObservations } from "../../../src/lib/derive/derivedPeriods.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { homeCard, indicatorCard, periodCard, yearCard } from "../../../src/lib/share/cardSpecs.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const period = (dataset: Dataset, id: string) => dataset.periods.find((p) => p.id === id)!;
const metric = (id: string) => fixture.metrics.find((m) => m.id === id)!;


describe("periodCard", () => {
  it("shows a period's headline figures under its kind and label", () => {
    const card = periodCard(fixture, [], period(fixture, "2024-01"), en);
    expect(card.page).toBe("/periods/2024-01/");
    expect(card.spec.kicker).toBe("Month · January 2024");
    expect(card.spec.title).toBe("January 2024");
    expect(card.spec.figures).toEqual([
      { value: "27,328", label: "Applications for registration" },
      { value: "1,826", label: "Decisions on breaches" },
    ]);
  });

  it("takes the narrative's headline as its title", () => {
    expect(periodCard(fixture, [], period(fixture, "2024-01"), en, "Fewer applications").spec.title).toBe("Fewer applications");
  });

  it("leaves a stated change off the card", () => {
    expect(periodCard(fixture, [], period(fixture, "2018-h1"), en).spec.figures).toEqual([{ value: "827,352", label: "Foreigners registered" }]);
  });

  it("shows a derived period's computed figures", () => {
    const dataset = withComputedMarch(fixture);
    // 164,503 − 27,328 − 19,155 = 118,020.
    expect(periodCard(dataset, derivedObservations(dataset), period(dataset, "2024-03"), en).spec.figures).toEqual([{ value: "118,020", label: "Applications for registration" }]);
  });
});

describe("indicatorCard", () => {
  it("shows the latest dated figure and counts the published ones", () => {
    // Applications: 4 published figures; the latest on the time axis is the half-year's 164,503.
    const card = indicatorCard(fixture, metric("stay.applications"), en);
    expect(card.page).toBe("/indicators/stay.applications/");
    expect(card.spec.title).toBe("Applications for registration");
    expect(card.spec.kicker).toMatch(/\b4\b/);
    expect(card.spec.figures).toHaveLength(1);
    expect(card.spec.figures[0]!.value).toBe("164,503");
    expect(card.spec.figures[0]!.label).toContain("First half of 2024");
  });

  it("takes the latest figure from a page period, not from its comparison period", () => {
    const card = indicatorCard(fixture, metric("foreigners.registered"), en);
    expect(card.spec.kicker).toMatch(/\b2\b/);
    expect(card.spec.figures.map((f) => f.value)).toEqual(["827,352"]);
  });

  it("shows no figure for a metric published only for the undated block", () => {
    const undatedOnly: Metric = { ...metric("stay.applications"), id: "stay.undated" };
    const dataset = {
      ...fixture,
      metrics: [...fixture.metrics, undatedOnly],
      observations: [...fixture.observations, { period: "undated", metric: "stay.undated", value: 3, raw: "3", document: "bulletin", line: 14 }],
    };
    expect(indicatorCard(dataset, undatedOnly, en).spec.figures).toEqual([]);
  });
});

describe("yearCard", () => {
  it("counts the periods of a year with several", () => {
    const periods = ["2024-01", "2024-02", "2024-h1"].map((id) => period(fixture, id));
    const card = yearCard(fixture, "2024", periods, en);
    expect(card.page).toBe("/years/2024/");
    expect(card.spec.kicker).toContain("2024");
    expect(card.spec.title).toContain("2024");
    expect(card.spec.figures).toHaveLength(1);
    expect(card.spec.figures[0]!.value).toBe("3");
    expect(card.spec.figures[0]!.label).toContain("2024");
  });

  it("shows the headline figures of a year's only period, under the narrative's headline", () => {
    const card = yearCard(fixture, "2018", [period(fixture, "2018-h1")], en, "Registrations up");
    expect(card.spec.title).toBe("Registrations up");
    expect(card.spec.figures).toEqual([{ value: "827,352", label: "Foreigners registered" }]);
  });
});

describe("homeCard", () => {
  it("counts the period pages and shows the latest period's headline figures", () => {
    const card = homeCard(fixture, en);
    expect(card.page).toBe("/home/");
    // 5 period pages (2017-h1 is printed on 2018-h1's); the latest is the first half of 2024.
    expect(card.spec.kicker).toMatch(/^5\b/);
    expect(card.spec.kicker).toContain("First half of 2024");
    expect(card.spec.figures).toEqual([
      { value: "164,503", label: "Applications for registration" },
      { value: "9,415", label: "Decisions on breaches" },
    ]);
  });
});

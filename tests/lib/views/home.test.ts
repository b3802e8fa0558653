import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { headlineCards, homeView } from "../../../src/lib/views/home.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);

describe("homeView", () => {
  it("counts every published figure and every period with a page", () => {
    // 11 rows in observations.csv; 6 periods, of which 2017-h1 is shown on 2018-h1's page.
    const view = homeView(model);
    expect(view.figures).toBe("11");
    expect(view.periods).toBe("5");
  });

  it("names the first and the latest period on the time axis and links the latest", () => {
    // By last day: 2018-h1 (30 June 2018) first, 2024-h1 (30 June 2024) last.
    const view = homeView(model);
    expect(view.first).toBe("First half of 2018");
    expect(view.latest).toEqual({ label: "First half of 2024", href: "/periods/2024-h1/" });
  });

  it("shows the latest period's headline figures as cards", () => {
    expect(homeView(model).cards).toEqual([
      { value: 164503, display: "164,503", label: "Applications for registration" },
      { value: 9415, display: "9,415", label: "Decisions on breaches" },
    ]);
  });

  it("groups thousands in a card of more than a thousand figures", () => {
    const many = buildSiteModel({ ...fixture, observations: fixture.observations.map((o) => (o.period === "2024-h1" && o.metric === "decisions.total" ? { ...o, value: 1234567 } : o)) });
    expect(homeView(many).cards[1]).toEqual({ value: 1234567, display: "1,234,567", label: "Decisions on breaches" });
  });
});

describe("headlineCards", () => {
  it("leaves out the parts of a total the period also gives", () => {
    // January: applications and decisions; expulsions and fines are parts of decisions.
    expect(headlineCards(model, model.periods.get("2024-01")).map((c) => [c.label, c.value])).toEqual([
      ["Applications for registration", 27328],
      ["Decisions on breaches", 1826],
    ]);
  });

  it("leaves out a stated change", () => {
    expect(headlineCards(model, model.periods.get("2018-h1"))).toEqual([{ value: 827352, display: "827,352", label: "Foreigners registered" }]);
  });
});

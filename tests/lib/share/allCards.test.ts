import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { allCards } from "../../../src/lib/share/allCards.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const none = { periods: new Map<string, string>(), years: new Map<string, string>() };


describe("allCards", () => {
  it("makes one card for home, each period page, each indicator and each year, in that order", () => {
    expect(allCards(buildSiteModel(fixture), none).map((c) => c.page)).toEqual([
      "/home/",
      "/periods/2024-01/",
      "/periods/2024-h1/",
      "/periods/2024-02/",
      "/periods/undated/",
      "/periods/2018-h1/",
      "/indicators/stay.applications/",
      "/indicators/decisions.total/",
      "/indicators/foreigners.registered/",
      "/years/2024/",
      "/years/2018/",
    ]);
  });

  it("puts the narratives' headlines on the cards of their periods and years", () => {
    const cards = allCards(buildSiteModel(fixture), { periods: new Map([["2024-02", "A quiet February"]]), years: new Map([["2018", "Registrations up"]]) });
    const title = (page: string) => cards.find((c) => c.page === page)!.spec.title;
    expect(title("/periods/2024-02/")).toBe("A quiet February");
    expect(title("/years/2018/")).toBe("Registrations up");
    expect(title("/periods/2024-01/")).toBe("January 2024");
  });

  it("gives a derived period a card with its computed figures, but leaves it out of its year's count", () => {
    const cards = allCards(buildSiteModel(withComputedMarch(fixture)), none);
    // 164,503 − 27,328 − 19,155 = 118,020.
    expect(cards.find((c) => c.page === "/periods/2024-03/")!.spec.figures.map((f) => f.value)).toEqual(["118,020"]);
    // 2024: January, February and the half-year are published; March is not.
    expect(cards.find((c) => c.page === "/years/2024/")!.spec.figures.map((f) => f.value)).toEqual(["3"]);
  });

  it("shows the year's only period's figures on the card of a year with one", () => {
    expect(allCards(buildSiteModel(fixture), none).find((c) => c.page === "/years/2018/")!.spec.figures).toEqual([{ value: "827,352", label: "Foreigners registered" }]);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { homeView } from "../../../src/lib/views/home.ts";
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

  it("names the first and the latest period on the time axis and links the latest with its narrative's head", () => {
    // By last day: 2018-h1 (30 June 2018) first, 2024-h1 (30 June 2024) last.
    const headline = { title: "Applications up", summary: "More applications than in any month." };
    const view = homeView(model, headline);
    expect(view.first).toBe("First half of 2018");
    expect(view.latest).toEqual({ label: "First half of 2024", href: "/periods/2024-h1/", headline });
    expect(homeView(model).latest.headline).toBeUndefined();
  });

  it("tells what the latest period added", () => {
    expect(homeView(model).changes.heading).toBe("What First half of 2024 added");
  });

  it("lists the periods year by year, and the undated ones apart", () => {
    const view = homeView(model);
    expect(view.years.map((y) => y.year)).toEqual(["2024", "2018"]);
    expect(view.undated).toEqual([{ label: "Undated block", href: "/periods/undated/" }]);
  });

  it("has no key indicators where no metric is one", () => {
    expect(homeView(model).keyIndicators).toBeUndefined();
  });
});

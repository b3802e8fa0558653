import { describe, expect, it } from "vitest";
import { indicatorMetrics } from "../../../src/lib/model/indicatorMetrics.ts";
import { FIXTURE_MODEL } from "../../helpers/narrative.ts";

describe("indicatorMetrics", () => {
  it("gives a page to each metric published for two periods or more, never to a stated claim", () => {
    // stay.applications: 4 periods; decisions.total: 2024-01 and 2024-h1; foreigners.registered: 2018-h1 and 2017-h1.
    expect(indicatorMetrics(FIXTURE_MODEL.dataset).map((m) => m.id)).toEqual(["stay.applications", "decisions.total", "foreigners.registered"]);
  });
});

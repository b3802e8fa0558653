import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { periodListView, periodsByYear } from "../../../src/lib/views/periodList.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);


describe("periodListView", () => {
  const groups = periodListView(buildSiteModel(fixture));

  it("lists the dated periods newest first, then the undated block on its own", () => {
    expect(groups.map((g) => g.id)).toEqual(["dated", "undated"]);
    expect(groups[0]!.rows.map((r) => r.href)).toEqual(["/periods/2024-h1/", "/periods/2024-02/", "/periods/2024-01/", "/periods/2018-h1/"]);
    expect(groups[1]!.rows.map((r) => r.href)).toEqual(["/periods/undated/"]);
  });

  it("counts each period's own figures, not those of its comparison period", () => {
    // 2024-h1: 2; 2024-02: 1; 2024-01: 4; 2018-h1: the figure and the stated change, 2 (2017-h1's is not counted).
    expect(groups[0]!.rows.map((r) => [r.label, r.figures])).toEqual([
      ["First half of 2024", "2"],
      ["February 2024", "1"],
      ["January 2024", "4"],
      ["First half of 2018", "2"],
    ]);
  });

  it("says what kind of period each is, what it covers and what flags it carries", () => {
    const [h1, february, january] = groups[0]!.rows;
    expect(h1!.covers).toBe("1 January – 30 June 2024");
    expect(february!.covers).toMatch(/\b1\b.*\b29\b.*2024/);
    // Two months share a kind; the half-year is of another.
    expect(january!.kind).toBe(february!.kind);
    expect(h1!.kind).not.toBe(february!.kind);
    expect([h1!.note, february!.note, january!.note]).toEqual(["", "", ""]);
    const undated = groups[1]!.rows[0]!;
    expect(undated.figures).toBe("1");
    expect(undated.note).not.toBe("");
    expect(undated.kind).not.toBe(h1!.kind);
    expect(undated.covers).not.toMatch(/\d/);
  });

  it("counts a derived period's computed figures and flags it as computed", () => {
    const [dated] = periodListView(buildSiteModel(withComputedMarch(fixture)));
    const march = dated!.rows.find((r) => r.href === "/periods/2024-03/")!;
    // March has no published row; its one computed figure is applications (164,503 − 27,328 − 19,155).
    expect(march.figures).toBe("1");
    expect(march.note).toBe("computed by this report");
    expect(march.note).not.toBe(groups[1]!.rows[0]!.note);
    expect(dated!.rows.map((r) => r.href).slice(0, 3)).toEqual(["/periods/2024-h1/", "/periods/2024-03/", "/periods/2024-02/"]);
  });

  it("leaves out a group with no periods", () => {
    const datedOnly = { ...fixture, periods: fixture.periods.filter((p) => p.id !== "undated"), observations: fixture.observations.filter((o) => o.period !== "undated") };
    expect(periodListView(buildSiteModel(datedOnly)).map((g) => g.id)).toEqual(["dated"]);
  });
});

describe("periodsByYear", () => {
  it("gives each year its summary page and its periods newest first, with their kinds", () => {
    expect(periodsByYear(buildSiteModel(fixture))).toEqual([
      {
        year: "2024",
        href: "/years/2024/",
        periods: [
          { label: "First half of 2024", href: "/periods/2024-h1/", kind: "Six months (cumulative)" },
          { label: "February 2024", href: "/periods/2024-02/", kind: "Month" },
          { label: "January 2024", href: "/periods/2024-01/", kind: "Month" },
        ],
      },
      { year: "2018", href: "/years/2018/", periods: [{ label: "First half of 2018", href: "/periods/2018-h1/", kind: "Six months (cumulative)" }] },
    ]);
  });
});

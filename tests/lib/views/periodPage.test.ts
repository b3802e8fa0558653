import { describe, expect, it } from "vitest";
import type { Dataset, Period } from "../../../src/lib/dataset/types.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { periodView } from "../../../src/lib/views/periodPage.ts";
import { FIXTURE_DATASET, withComputedMarch } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const model = buildSiteModel(fixture);
const view = (id: string) => periodView(model, model.periods.get(id));


/** The fixture with a snapshot on 31 January 2024 printed on January's page: 5,000 foreigners registered. */
function withSnapshot(): Dataset {
  const snapshot: Period = {
    id: "2024-01-31",
    label: "31 January 2024",
    kind: "snapshot",
    start: "2024-01-31",
    end: "2024-01-31",
    document: "bulletin",
    lines: { from: 4, to: 4 },
    sourceLabel: "at the end of January",
    flags: [],
    companionOf: "2024-01",
    institutional: false, published: "2026-01-10",
  };
  return {
    ...fixture,
    periods: [...fixture.periods, snapshot],
    observations: [...fixture.observations, { period: "2024-01-31", metric: "foreigners.registered", value: 5000, raw: "5000", document: "bulletin", line: 4 }],
  };
}

describe("periodView: words around the figures", () => {
  it("titles a page without a narrative by its period, and with one by the narrative's headline", () => {
    const plain = view("2024-01");
    expect([plain.title, plain.heading]).toEqual(["January 2024", "January 2024"]);
    expect(plain.description).toContain("January 2024");
    expect(plain.description).toMatch(/\b4\b/);
    const told = periodView(model, model.periods.get("2024-01"), { title: "Fewer applications", summary: "A short summary." });
    expect([told.title, told.heading, told.description]).toEqual(["January 2024: Fewer applications", "Fewer applications", "A short summary."]);
  });

  it("names the period, its kind, its span and the source lines that print it", () => {
    const january = view("2024-01");
    expect(january.eyebrow).toContain("January 2024");
    expect(january.eyebrow).not.toBe(view("2024-h1").eyebrow.replace("First half of 2024", "January 2024"));
    expect(january.covers).toBe("1 January – 31 January 2024");
    // The label as the source prints it.
    expect(january.named.text).toContain("January of 2024");
    expect(january.source).toMatchObject({ href: "/sources/#bulletin", title: "A made-up bulletin for tests" });
    // periods.yaml: lines 1-4.
    expect(january.source.lines).toMatch(/\b1\D+4\b/);
    expect(january.homeDocument).toBe("bulletin");
    expect(view("2018-h1").source.href).toBe("/sources/#release");
  });

  it("places the period among the published periods of its kind", () => {
    // Months on the time axis: January, February.
    expect(view("2024-01").release?.newer).toEqual({ label: "February 2024", href: "/periods/2024-02/" });
    expect(view("2024-01").release?.text).toMatch(/^1\b.*\b2\b/);
    expect(view("2024-02").release?.text).toMatch(/^2\b.*\b2\b/);
    expect(view("2024-02").release?.newer).toBeUndefined();
    // Six-month periods: 2018-h1, 2024-h1.
    expect(view("2018-h1").release?.newer?.href).toBe("/periods/2024-h1/");
    expect(view("undated").release).toBeUndefined();
  });

  it("links the neighbours on the time axis, and none for the undated block", () => {
    const { previous, next } = view("2024-01").neighbours;
    expect([previous?.id, next?.id]).toEqual(["2018-h1", "2024-02"]);
    expect(view("2024-01").onTimeline).toBe(true);
    expect(view("undated").neighbours).toEqual({});
    expect(view("undated").onTimeline).toBe(false);
  });

  it("carries the notices a reader needs first", () => {
    expect(view("2024-01").notices).toEqual([]);
    expect(view("2024-h1").notices.map((n) => n.kind)).toEqual(["info"]);
    expect(view("undated").notices.map((n) => n.kind)).toEqual(["warning"]);
  });
});

describe("periodView: figures, charts and notes", () => {
  it("puts a comparison period of the same kind in a column beside the period", () => {
    const page = view("2018-h1");
    expect(page.comparedWith).toContain("First half of 2017");
    expect(page.companions).toEqual([]);
    const [table] = page.tables;
    expect(table!.columns.map((p) => p.id)).toEqual(["2018-h1", "2017-h1"]);
    expect(table!.rows.map((r) => [r.metric.id, r.cells.map((c) => c?.value)])).toEqual([
      ["foreigners.registered", [827352, 747107]],
      ["foreigners.registered.claimed-change", [10, undefined]],
    ]);
    expect(view("2024-01").comparedWith).toBeUndefined();
  });

  it("gives a companion of another kind a section of its own", () => {
    const snapshotModel = buildSiteModel(withSnapshot());
    const page = periodView(snapshotModel, snapshotModel.periods.get("2024-01"));
    expect(page.comparedWith).toBeUndefined();
    expect(page.companions).toHaveLength(1);
    const [section] = page.companions;
    expect(section!.id).toBe("2024-01-31");
    expect(section!.heading).toContain("31 January 2024");
    expect(section!.tables.flatMap((t) => t.rows.map((r) => [r.metric.id, r.cells[0]?.value]))).toEqual([["foreigners.registered", 5000]]);
    // The main tables keep January's own figures only: 4 of them.
    expect(page.tables.flatMap((t) => t.columns.map((p) => p.id))).toEqual(["2024-01", "2024-01"]);
    expect(page.tables.flatMap((t) => t.rows)).toHaveLength(4);
  });

  it("shows the page's charts and the notes of every period it shows", () => {
    expect(view("2024-01").charts.map((c) => c.id)).toEqual(["2024-01-parts-decisions.total", "2024-01-compare-stay.applications"]);
    expect(view("2024-01").notes.map((n) => n.kind)).toEqual(["breakdown-gap"]);
    // 1,826 − 1,681 = 145 not itemised.
    expect(view("2024-01").notes[0]!.title).toContain("145");
    expect(view("2018-h1").notes.map((n) => n.kind)).toEqual(["claim-mismatch"]);
    expect(view("2024-h1").notes).toEqual([]);
  });

  it("shows a derived period's computed figures with the formula, and says how it is computed", () => {
    const computed = buildSiteModel(withComputedMarch(fixture));
    const page = periodView(computed, computed.periods.get("2024-03"));
    expect(page.named.text).toBe("First half of 2024 − January 2024 − February 2024");
    expect(page.named.term).not.toBe(view("2024-01").named.term);
    expect(page.description).toContain("March 2024 (derived)");
    expect(page.description).toMatch(/\b1\b/);
    expect(page.description).not.toBe(view("2024-02").description.replace("February 2024", "March 2024 (derived)"));
    const rows = page.tables.flatMap((t) => t.rows);
    // 164,503 − 27,328 − 19,155 = 118,020.
    expect(rows.map((r) => [r.metric.id, r.cells[0]?.value, r.formula])).toEqual([["stay.applications", 118020, "First half of 2024 − January 2024 − February 2024"]]);
    // Cited to the lines of the three published figures it is computed from.
    expect(rows[0]!.citations.map((c) => c.line)).toEqual([5, 1, 9]);
    expect(page.notices.map((n) => n.kind)).toEqual(["warning"]);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Dataset, Observation, Period } from "../../../src/lib/dataset/types.ts";
import { breakdownGaps } from "../../../src/lib/derive/breakdownGaps.ts";
import { describeNote } from "../../../src/lib/quality/describeNote.ts";
import { findQualityNotes, type QualityNote } from "../../../src/lib/quality/qualityNotes.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

const fixture = loadDataset(FIXTURE_DATASET);

type Figures = Pick<Dataset, "periods" | "metrics" | "relations" | "observations">;
const notesOf = (dataset: Figures) => findQualityNotes(dataset, breakdownGaps(dataset));
const kinds = (notes: readonly QualityNote[]) => notes.map((n) => `${n.period} ${n.kind}`);
const figure = (period: string, metric: string, value: number, line: number): Observation => ({ period, metric, value, raw: String(value), document: "bulletin", line });

/**
 * The fixture with February 2024 printed twice under the same label, as 2024-02-a and 2024-02-b.
 * They share applications (19,155 and 19,000), decisions (1,464 and 1,460) and expulsions (700
 * in both); only b gives fines (500).
 */
function withTwins(): Figures {
  const february = fixture.periods.find((p) => p.id === "2024-02")!;
  const twin = (id: string, label: string): Period => ({ ...february, id, label, flags: ["duplicate-label"] });
  return {
    metrics: fixture.metrics,
    relations: [],
    periods: fixture.periods.flatMap((p) => (p === february ? [twin("2024-02-a", "February 2024 (first bulletin)"), twin("2024-02-b", "February 2024 (second bulletin)")] : [p])),
    observations: [
      ...fixture.observations.filter((o) => o.period !== "2024-02"),
      figure("2024-02-a", "stay.applications", 19155, 9),
      figure("2024-02-a", "decisions.total", 1464, 10),
      figure("2024-02-a", "decisions.expulsion", 700, 11),
      figure("2024-02-b", "stay.applications", 19000, 9),
      figure("2024-02-b", "decisions.total", 1460, 10),
      figure("2024-02-b", "decisions.expulsion", 700, 11),
      figure("2024-02-b", "decisions.fine", 500, 12),
    ],
  };
}

/** The fixture with its figures for `period` and `metric` set to `value`. */
function withValue(period: string, metric: string, value: number): Figures {
  return { ...fixture, observations: fixture.observations.map((o) => (o.period === period && o.metric === metric ? { ...o, value } : o)) };
}

describe("findQualityNotes", () => {
  const notes = notesOf(fixture);

  it("lists every note the fixture's figures call for, in the order of the periods", () => {
    // January's decisions do not add up, the undated block has no period, and the change
    // stated for 2018 is not the one its figures give.
    expect(kinds(notes)).toEqual(["2024-01 breakdown-gap", "undated unknown-period", "2018-h1 claim-mismatch"]);
  });

  it("carries the gap, the count of undated figures and the failed check", () => {
    expect(notes[0]).toEqual({ kind: "breakdown-gap", period: "2024-01", gap: breakdownGaps(fixture)[0] });
    expect(notes[1]).toEqual({ kind: "unknown-period", period: "undated", figures: 1 });
    if (notes[2]?.kind !== "claim-mismatch") expect.fail("no claim-mismatch note");
    expect(notes[2].check).toMatchObject({ metric: "foreigners.registered", vs: "2017-h1", stated: 10, agrees: false });
  });

  it("uses the breakdown gaps it is given", () => {
    expect(kinds(findQualityNotes(fixture, []))).toEqual(["undated unknown-period", "2018-h1 claim-mismatch"]);
  });

  it("leaves out a stated change that agrees with its figures", () => {
    // 747,107 → 827,352 is +10.74%; with the source stating 11 it rounds.
    const agreeing = { ...fixture, observations: fixture.observations.map((o) => (o.metric === "foreigners.registered.claimed-change" ? { ...o, value: 11, raw: "11" } : o)) };
    expect(kinds(notesOf(agreeing))).toEqual(["2024-01 breakdown-gap", "undated unknown-period"]);
  });

  it("gives no note to an undated block the institution itself publishes", () => {
    const institutional = { ...fixture, periods: fixture.periods.map((p) => (p.id === "undated" ? { ...p, institutional: true } : p)) };
    expect(kinds(notesOf(institutional))).not.toContain("undated unknown-period");
  });

  it("compares two bulletins with the same label figure by figure, each against the other", () => {
    const twins = notesOf(withTwins());
    expect(kinds(twins)).toEqual([
      "2024-01 breakdown-gap",
      "2024-02-a duplicate-label",
      "2024-02-a breakdown-gap",
      "2024-02-b duplicate-label",
      "2024-02-b breakdown-gap",
      "undated unknown-period",
      "2018-h1 claim-mismatch",
    ]);
    // Three figures in both; expulsions are equal (700 and 700), fines only in b.
    expect(twins[1]).toEqual({
      kind: "duplicate-label",
      period: "2024-02-a",
      twin: "2024-02-b",
      compared: 3,
      differences: [
        { metric: "stay.applications", value: 19155, twinValue: 19000 },
        { metric: "decisions.total", value: 1464, twinValue: 1460 },
      ],
    });
    expect(twins[3]).toMatchObject({ twin: "2024-02-a", compared: 3, differences: [{ value: 19000, twinValue: 19155 }, { value: 1460, twinValue: 1464 }] });
  });

  it("finds running totals smaller than the months inside them", () => {
    // Applications: January 27,328 + February 19,155 = 46,483 against 40,000 for January–June.
    const notes = notesOf(withValue("2024-h1", "stay.applications", 40000));
    expect(kinds(notes)).toEqual(["2024-01 breakdown-gap", "2024-h1 cumulative-excess", "undated unknown-period", "2018-h1 claim-mismatch"]);
    const excess = notes[1];
    if (excess?.kind !== "cumulative-excess") expect.fail("no cumulative-excess note");
    expect(excess.excess).toEqual({ period: "2024-h1", metric: "stay.applications", total: 40000, months: ["2024-01", "2024-02"], monthsSum: 27328 + 19155 });
  });
});

describe("describeNote", () => {
  const notes = notesOf(fixture);
  const find = (list: readonly QualityNote[], kind: QualityNote["kind"]) => list.find((n) => n.kind === kind) ?? expect.fail(`no ${kind} note`);

  it("describes a breakdown gap with the total, the number of parts and their sum", () => {
    // 1,826 − (844 + 837) = 145.
    expect(describeNote(find(notes, "breakdown-gap"), fixture, en)).toEqual({
      title: "Decisions on breaches: 145 not itemised in the source",
      body: "The source gives a total of 1,826, but the 2 parts it lists add up to 1,681. The difference is shown as not itemised; the source does not say what it covers.",
    });
  });

  it("describes parts that exceed their total", () => {
    // Fines at 1,000: 844 + 1,000 = 1,844, 18 more than the total of 1,826.
    const exceeding = withValue("2024-01", "decisions.fine", 1000);
    expect(describeNote(find(notesOf(exceeding), "breakdown-gap"), fixture, en)).toEqual({
      title: "Decisions on breaches: 18 more in the parts than in the total",
      body: "The source gives a total of 1,826, but the 2 parts it lists add up to 1,844. The parts exceed the total; the source does not explain why.",
    });
  });

  it("describes a stated change that its own figures do not give", () => {
    // (827,352 − 747,107) ÷ 747,107 = 10.74%, shown as up 10.7%.
    expect(describeNote(find(notes, "claim-mismatch"), fixture, en)).toEqual({
      title: "Foreigners registered: the source states +10%, its own figures give up 10.7%",
      body: "Recomputed from the figures the source prints for First half of 2018 and First half of 2017, the change is up 10.7%, which does not round to the +10% it states. The table shows the stated value as printed.",
    });
  });

  it("describes an undated block by the number of its figures", () => {
    const twoUndated = { ...fixture, observations: [...fixture.observations, figure("undated", "decisions.total", 500, 14)] };
    expect(describeNote(find(notesOf(twoUndated), "unknown-period"), fixture, en)).toEqual({
      title: "Period not stated",
      body: "The 2 figures of this block come with no period. They are published as printed and left out of every comparison and time series.",
    });
  });

  it("describes twin bulletins by how many figures differ and by how much at most", () => {
    const twins = withTwins();
    const note = find(notesOf(twins), "duplicate-label");
    // Largest difference: applications, 19,155 − 19,000 = 155 (decisions differ by 4).
    expect(describeNote(note, twins, en).title).toBe("Same label as February 2024 (second bulletin), different figures");
    expect(describeNote(note, twins, en).body).toContain("Of the 3 figures they share, 2 differ, by up to 155.");
  });

  it("describes a running total smaller than its months, naming the months", () => {
    const note = find(notesOf(withValue("2024-h1", "stay.applications", 40000)), "cumulative-excess");
    const text = describeNote(note, fixture, en);
    expect(text.title).toBe("Applications for registration: the running total is smaller than its months");
    expect(text.body).toContain("The source gives 40,000 for First half of 2024, but the months it published inside that period (January 2024, February 2024) already add up to 46,483.");
  });
});

describe("notes on relations and on the basis of a stated change", () => {
  it("notes a figure that exceeds the figure bounding it, and says which basis fits a stated change", () => {
    // Expulsions (844) cannot exceed fines (837) in this made-up relation: a breach in January 2024.
    const dataset = { ...fixture, relations: [{ metric: "decisions.expulsion", atMost: "decisions.fine", when: "same-period" as const, reason: "a test says so" }] };
    const breach = findQualityNotes(dataset, breakdownGaps(dataset)).find((n) => n.kind === "relation-breach")!;
    expect(breach.period).toBe("2024-01");
    expect(describeNote(breach, dataset, en).body).toContain("844 for expulsions in January 2024, more than the 837 it gives for fines in January 2024, though a test says so");

    // The stated +10% does not fit the registered persons (747,107 to 827,352, +10.7%), but fits a second basis that gives +10.0%.
    const withCases = {
      ...fixture,
      metrics: fixture.metrics.map((m) => (m.id === "foreigners.registered.claimed-change" ? { ...m, claimAlsoOf: ["stay.applications"] } : m)),
      observations: [...fixture.observations, figure("2018-h1", "stay.applications", 110, 2), figure("2017-h1", "stay.applications", 100, 2)],
    };
    const notes = findQualityNotes(withCases, breakdownGaps(withCases));
    const basis = notes.find((n) => n.kind === "claim-basis")!;
    expect(notes.some((n) => n.kind === "claim-mismatch")).toBe(false);
    expect(describeNote(basis, withCases, en).title).toBe("Foreigners registered: the stated +10% fits applications for registration, not this figure");
  });
});

describe("twin bulletins that agree", () => {
  it("get no note on differing figures when every shared figure is the same", () => {
    const twins = withTwins();
    const agreeing = { ...twins, observations: twins.observations.map((o) => (o.period === "2024-02-b" ? { ...o, value: twins.observations.find((a) => a.period === "2024-02-a" && a.metric === o.metric)?.value ?? o.value } : o)) };
    expect(notesOf(agreeing).some((n) => n.kind === "duplicate-label")).toBe(false);
    expect(notesOf(twins).some((n) => n.kind === "duplicate-label")).toBe(true);
  });
});

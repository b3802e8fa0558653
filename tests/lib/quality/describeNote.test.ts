import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { breakdownGaps } from "../../../src/lib/derive/breakdownGaps.ts";
import { claimChecks } from "../../../src/lib/derive/claimChecks.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { describeNote } from "../../../src/lib/quality/describeNote.ts";
import type { QualityNote } from "../../../src/lib/quality/qualityNotes.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const fixture = loadDataset(FIXTURE_DATASET);
const text = (note: QualityNote) => {
  const { title, body } = describeNote(note, fixture, en);
  return `${title}\n${body}`;
};

describe("describeNote", () => {
  it("gives every kind of note a title and a body of its own", () => {
    const gap = breakdownGaps(fixture)[0]!;
    const notes: QualityNote[] = [
      { kind: "breakdown-gap", period: "2024-01", gap },
      { kind: "breakdown-gap", period: "2024-01", gap: { ...gap, itemised: 1844, gap: -18 } },
      { kind: "claim-mismatch", period: "2018-h1", check: claimChecks(fixture)[0]! },
      { kind: "cumulative-excess", period: "2024-h1", excess: { period: "2024-h1", metric: "stay.applications", total: 40000, months: ["2024-01", "2024-02"], monthsSum: 46483 } },
      { kind: "duplicate-label", period: "2024-01", twin: "2024-02", compared: 1, differences: [{ metric: "stay.applications", value: 27328, twinValue: 19155 }] },
      { kind: "unknown-period", period: "undated", figures: 1 },
    ];
    const texts = notes.map((n) => describeNote(n, fixture, en));
    for (const t of texts) expect(t.title.length > 0 && t.body.length > 0).toBe(true);
    expect(new Set(texts.map((t) => t.title)).size).toBe(notes.length);
    expect(new Set(texts.map((t) => t.body)).size).toBe(notes.length);
  });

  it("states a breakdown gap with the total, how many parts and what they add up to", () => {
    // 1,826 − (844 + 837) = 1,826 − 1,681 = 145.
    const note: QualityNote = { kind: "breakdown-gap", period: "2024-01", gap: breakdownGaps(fixture)[0]! };
    const { title, body } = describeNote(note, fixture, en);
    expect(title).toBe("Decisions on breaches: 145 not itemised in the source");
    expect(body).toContain("1,826");
    expect(body).toContain("1,681");
    expect(body).toMatch(/\b2\b/);
  });

  it("states parts that exceed their total by how much, never as a negative number", () => {
    // Fines at 1,000: 844 + 1,000 = 1,844, which is 18 more than 1,826.
    const gap = { ...breakdownGaps(fixture)[0]!, itemised: 1844, gap: -18 };
    const { title, body } = describeNote({ kind: "breakdown-gap", period: "2024-01", gap }, fixture, en);
    expect(title).toMatch(/^Decisions on breaches: 18 /);
    expect(`${title} ${body}`).not.toContain("−");
    expect(body).toContain("1,844");
    expect(title).not.toBe(describeNote({ kind: "breakdown-gap", period: "2024-01", gap: breakdownGaps(fixture)[0]! }, fixture, en).title);
  });

  it("states a claim mismatch with the stated and the recomputed change and both periods", () => {
    // (827,352 − 747,107) ÷ 747,107 = 80,245 ÷ 747,107 = 10.74%: up 10.7%, against +10% stated.
    const words = text({ kind: "claim-mismatch", period: "2018-h1", check: claimChecks(fixture)[0]! });
    expect(words).toContain("Foreigners registered");
    expect(words).toContain("+10%");
    expect(words).toContain("10.7%");
    expect(words).toContain("First half of 2018");
    expect(words).toContain("First half of 2017");
  });

  it("states a running total smaller than its months with both sums and the months by name", () => {
    // January 27,328 + February 19,155 = 46,483 > 40,000.
    const words = text({ kind: "cumulative-excess", period: "2024-h1", excess: { period: "2024-h1", metric: "stay.applications", total: 40000, months: ["2024-01", "2024-02"], monthsSum: 27328 + 19155 } });
    expect(words).toContain("Applications for registration");
    expect(words).toContain("40,000");
    expect(words).toContain("46,483");
    expect(words).toContain("First half of 2024");
    expect(words).toContain("January 2024, February 2024");
  });

  it("states twin bulletins by the figures compared, how many differ and the largest difference", () => {
    // Differences: 19,155 − 19,000 = 155 and 1,464 − 1,460 = 4; the largest is 155.
    const words = text({
      kind: "duplicate-label",
      period: "2024-01",
      twin: "2024-02",
      compared: 3,
      differences: [
        { metric: "stay.applications", value: 19000, twinValue: 19155 },
        { metric: "decisions.total", value: 1464, twinValue: 1460 },
      ],
    });
    expect(words).toContain("February 2024");
    expect(words).toMatch(/\b3\b/);
    expect(words).toMatch(/\b2\b/);
    expect(words).toContain("155");
    expect(words).not.toMatch(/\b4\b/);
  });

  it("states an undated block by the number of its figures", () => {
    const words = text({ kind: "unknown-period", period: "undated", figures: 1234 });
    expect(words).toContain("1,234");
    expect(describeNote({ kind: "unknown-period", period: "undated", figures: 1 }, fixture, en).title).toBe("Period not stated");
  });

  it("falls back to the ids of a metric or period the dataset does not know", () => {
    const words = text({ kind: "cumulative-excess", period: "2025-h1", excess: { period: "2025-h1", metric: "calls.received", total: 1, months: ["2025-01"], monthsSum: 2 } });
    expect(words).toContain("calls.received");
    expect(words).toContain("2025-h1");
    expect(words).toContain("2025-01");
  });
});

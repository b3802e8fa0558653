import { describe, expect, it } from "vitest";
import { groupSchema, metricSchema, observationSchema, periodSchema, revisionSchema, unitSchema } from "../../../src/lib/dataset/schema.ts";

const observation = { period: "2024-01", metric: "calls.received", value: "5261", raw: "5261", document: "bulletin", line: "29", vs: "", note: "" };

describe("the dataset's schemas", () => {
  it("read ids as lower-case words, YAML's numbers among them", () => {
    expect(groupSchema.parse({ id: 2023, label: "Year" }).id).toBe("2023");
    expect(groupSchema.safeParse({ id: "Legal Migration", label: "x" }).success).toBe(false);
  });

  it("refuse texts a spreadsheet would run as a formula, or that hide control characters", () => {
    for (const label of ["=SUM(A1)", "+1", "-x", "@cmd", "Calls\u0007"]) expect(groupSchema.safeParse({ id: "g", label }).success, label).toBe(false);
    expect(groupSchema.safeParse({ id: "g", label: "Calls – 2024 (a-b)" }).success).toBe(true);
    expect(observationSchema.safeParse({ ...observation, note: "=HYPERLINK(1)" }).success).toBe(false);
  });

  it("count in whole units unless a unit says fractional", () => {
    expect(unitSchema.parse({ id: "persons", one: "person", other: "persons" }).fractional).toBe(false);
    expect(unitSchema.parse({ id: "percent", one: "percent", other: "percent", fractional: true }).fractional).toBe(true);
  });

  it("read an observation's value, line and empty fields", () => {
    expect(observationSchema.parse(observation)).toMatchObject({ value: 5261, line: 29, vs: undefined, note: undefined });
    expect(observationSchema.safeParse({ ...observation, value: "5,261" }).success).toBe(false);
  });

  it("give a period's lines as from-to", () => {
    const period = { id: "2024-01", label: "January 2024", kind: "month", start: "2024-01-01", end: "2024-01-31", document: "bulletin", lines: "1-4", source_label: "January of 2024", published: "2026-01-10" };
    expect(periodSchema.parse(period).flags).toEqual([]);
    expect(periodSchema.safeParse({ ...period, lines: "1 to 4" }).success).toBe(false);
  });

  it("need the day a period was first published in this report, as a calendar date", () => {
    const period = { id: "2024-01", label: "January 2024", kind: "month", start: "2024-01-01", end: "2024-01-31", document: "bulletin", lines: "1-4", source_label: "January of 2024" };
    expect(periodSchema.safeParse(period).success).toBe(false);
    expect(periodSchema.safeParse({ ...period, published: "2026-02-30" }).success).toBe(false);
    expect(periodSchema.parse({ ...period, published: "2026-02-28" }).published).toBe("2026-02-28");
  });

  it("read a revision's values, kind and citation", () => {
    const revision = { period: "2024-01", metric: "calls.received", old_value: "5261", new_value: "5216", date: "2026-12-02", kind: "correction", reason: "Digits swapped in transcription", document: "bulletin", line: "29" };
    expect(revisionSchema.parse(revision)).toMatchObject({ old_value: 5261, new_value: 5216, line: 29, kind: "correction" });
    expect(revisionSchema.safeParse({ ...revision, kind: "update" }).success).toBe(false);
    expect(revisionSchema.safeParse({ ...revision, reason: "" }).success).toBe(false);
    expect(revisionSchema.safeParse({ ...revision, reason: "=HYPERLINK(1)" }).success).toBe(false);
  });

  it("take a key indicator's place on the home page as a whole number from 1", () => {
    const metric = { id: "calls.received", label: "Calls", unit: "calls", group: "services", definition: "Calls received." };
    expect(metricSchema.parse({ ...metric, key: 3 }).key).toBe(3);
    expect(metricSchema.parse(metric).key).toBeUndefined();
    for (const key of [0, 1.5, "first"]) expect(metricSchema.safeParse({ ...metric, key }).success, String(key)).toBe(false);
  });
});

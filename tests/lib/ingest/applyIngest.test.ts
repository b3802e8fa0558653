import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { applyIngest, type DatasetTexts } from "../../../src/lib/ingest/applyIngest.ts";
import type { ComparedBulletin, ComparedFigure } from "../../../src/lib/ingest/compareWithDataset.ts";
import type { IngestedOmission, IngestedPeriod } from "../../../src/lib/ingest/parseBulletins.ts";
import { readYamlList } from "../../../src/lib/dataset/readYaml.ts";
import { periodSchema } from "../../../src/lib/dataset/schema.ts";

const HEADER = "period,metric,value,raw,document,line,vs,note";
const OBSERVATIONS = `${HEADER}\n2024-01,stay.applications,27328,27328,bulletin,1,,\n2024-01,decisions.total,1826,"1,826",bulletin,2,,\n`;
const OMISSIONS = "document,line,token,reason,note\nbulletin,8,2024,period-label,year in the closing line\n";
const PERIODS = "- id: 2024-01\n  label: January 2024\n  kind: month\n  start: 2024-01-01\n  end: 2024-01-31\n  document: bulletin\n  lines: 1-4\n  source_label: January of 2024\n  published: 2026-01-10\n";
const REVISIONS = "period,metric,old_value,new_value,date,kind,reason,document,line\n";
const CURRENT: DatasetTexts = { observations: OBSERVATIONS, omissions: OMISSIONS, periods: PERIODS, revisions: REVISIONS };
const KEEP = { date: "2026-12-02" };
const REPLACE = { date: "2026-12-02", replace: { kind: "revision" as const, reason: "The source revised it" } };

const JANUARY: IngestedPeriod = { id: "2024-01", label: "January 2024", kind: "month", start: "2024-01-01", end: "2024-01-31", sourceLabel: "January of 2024", flags: [] };
const MARCH: IngestedPeriod = { id: "2024-03", label: "March 2024", kind: "month", start: "2024-03-01", end: "2024-03-31", sourceLabel: "March of 2024", flags: [] };

const existing = (metric: string, value: number, line: number) => ({ period: "2024-01", metric, value, raw: String(value), document: "bulletin", line });
const unchanged = (metric: string, value: number, line: number): ComparedFigure => ({ metric, value, raw: String(value), line, status: "unchanged", existing: existing(metric, value, line) });
const added = (metric: string, value: number, raw: string, line: number): ComparedFigure => ({ metric, value, raw, line, status: "new" });
const changed = (metric: string, old: number, value: number, raw: string, line: number): ComparedFigure => ({ metric, value, raw, line, status: "changed", existing: existing(metric, old, line) });
const omission = (line: number, token: string, note = "part of the period name in a closing line"): IngestedOmission => ({ token, line, reason: "period-label", note });

function bulletin(period: IngestedPeriod, figures: ComparedFigure[], options: { exists?: boolean; from?: number; to?: number; omissions?: IngestedOmission[] } = {}): ComparedBulletin {
  return {
    bulletin: { period, from: options.from ?? 1, to: options.to ?? 4, figures, omissions: options.omissions ?? [] },
    periodExists: options.exists ?? true,
    figures,
    gaps: [],
  };
}

describe("applyIngest", () => {
  it("appends a new figure with its citation before the final line break", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [unchanged("stay.applications", 27328, 1), added("decisions.fine", 837, "837", 4)])], "bulletin", KEEP);
    expect(result.texts.observations).toBe(`${OBSERVATIONS}2024-01,decisions.fine,837,837,bulletin,4,,\n`);
    expect(result).toMatchObject({ added: 1, replaced: 0, refused: [] });
  });

  it("quotes a raw figure that holds a comma", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [added("decisions.expulsion", 1844, "1,844", 3)])], "bulletin", KEEP);
    expect(result.texts.observations.split("\n").at(-2)).toBe('2024-01,decisions.expulsion,1844,"1,844",bulletin,3,,');
  });

  it("ends a file that lacks its last line break before appending", () => {
    const current = { ...CURRENT, observations: OBSERVATIONS.trimEnd() };
    const result = applyIngest(current, [bulletin(JANUARY, [added("decisions.fine", 837, "837", 4)])], "bulletin", KEEP);
    expect(result.texts.observations).toBe(`${OBSERVATIONS}2024-01,decisions.fine,837,837,bulletin,4,,\n`);
  });

  it("refuses a changed figure without replace, and leaves the file as it was", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [changed("decisions.total", 1826, 1830, "1,830", 2)])], "bulletin", KEEP);
    expect(result.refused).toEqual([{ period: "2024-01", metric: "decisions.total", line: 2, old: 1826, value: 1830 }]);
    expect(result.texts.observations).toBe(OBSERVATIONS);
    expect(result.replaced).toBe(0);
  });

  it("replaces a changed figure in its own row when asked to", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [changed("decisions.total", 1826, 1830, "1,830", 2)])], "bulletin", REPLACE);
    expect(result.texts.observations).toBe(`${HEADER}\n2024-01,stay.applications,27328,27328,bulletin,1,,\n2024-01,decisions.total,1830,"1,830",bulletin,2,,\n`);
    expect(result).toMatchObject({ added: 0, replaced: 1, refused: [] });
    expect(result.texts.revisions).toBe(`${REVISIONS}2024-01,decisions.total,1826,1830,2026-12-02,revision,The source revised it,bulletin,2\n`);
  });

  it("writes no revision where nothing is replaced, and quotes a reason that holds a comma", () => {
    expect(applyIngest(CURRENT, [bulletin(JANUARY, [added("decisions.fine", 837, "837", 4)])], "bulletin", REPLACE).texts.revisions).toBe(REVISIONS);
    const quoted = applyIngest(CURRENT, [bulletin(JANUARY, [changed("decisions.total", 1826, 1830, "1,830", 2)])], "bulletin", { date: "2026-12-02", replace: { kind: "correction", reason: 'Mistyped, as "1826"' } });
    expect(quoted.texts.revisions.split("\n")[1]).toBe('2024-01,decisions.total,1826,1830,2026-12-02,correction,"Mistyped, as ""1826""",bulletin,2');
  });

  it("replaces only the row of that period and metric, not one whose metric starts the same", () => {
    const current = { ...CURRENT, observations: `${OBSERVATIONS}2024-01,decisions.total.other,5,5,bulletin,3,,\n` };
    const result = applyIngest(current, [bulletin(JANUARY, [changed("decisions.total", 1826, 1830, "1830", 2)])], "bulletin", REPLACE);
    expect(result.texts.observations.split("\n").filter((l) => l.startsWith("2024-01,decisions.total"))).toEqual(["2024-01,decisions.total,1830,1830,bulletin,2,,", "2024-01,decisions.total.other,5,5,bulletin,3,,"]);
  });

  it("leaves every file as it was for figures that are all unchanged, even with new omissions", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [unchanged("stay.applications", 27328, 1)], { omissions: [omission(4, "2024")] })], "bulletin", KEEP);
    expect(result.texts).toEqual(CURRENT);
    expect(result).toMatchObject({ added: 0, replaced: 0, refused: [] });
  });

  it("appends a new period to periods.yaml, and a known one not again", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [added("decisions.fine", 837, "837", 4)]), bulletin(MARCH, [added("stay.applications", 30000, "30000", 6)], { exists: false, from: 5, to: 8 })], "bulletin", KEEP);
    expect(result.texts.periods).toBe(
      `${PERIODS}\n- id: 2024-03\n  label: "March 2024"\n  kind: month\n  start: 2024-03-01\n  end: 2024-03-31\n  document: bulletin\n  lines: 5-8\n  source_label: "March of 2024"\n  published: 2026-12-02\n`,
    );
    // What it writes is a period the dataset's schema accepts.
    const entries = readYamlList(result.texts.periods, "periods.yaml");
    expect(entries.map((e) => periodSchema.safeParse(e.value).success)).toEqual([true, true]);
    expect(result.texts.observations.endsWith("2024-01,decisions.fine,837,837,bulletin,4,,\n2024-03,stay.applications,30000,30000,bulletin,6,,\n")).toBe(true);
    expect(result.added).toBe(2);
  });

  it("writes an undated block without dates and with its flag", () => {
    const undated: IngestedPeriod = { id: "unlabeled", label: "Undated block", kind: "unknown", sourceLabel: "the reporting period", flags: ["unknown-period"] };
    const result = applyIngest(CURRENT, [bulletin(undated, [added("stay.applications", 5, "5", 1)], { exists: false, from: 1, to: 3 })], "bulletin", KEEP);
    expect(result.texts.periods.slice(PERIODS.length)).toBe('\n- id: unlabeled\n  label: "Undated block"\n  kind: unknown\n  document: bulletin\n  lines: 1-3\n  source_label: "the reporting period"\n  published: 2026-12-02\n  flags: [unknown-period]\n');
  });

  it("appends the numbers a bulletin leaves out, with their reason and note", () => {
    const result = applyIngest(CURRENT, [bulletin(MARCH, [added("stay.applications", 30000, "30000", 6)], { exists: false, omissions: [omission(10, "2024"), omission(11, "2024")] })], "bulletin", KEEP);
    expect(result.texts.omissions).toBe(`${OMISSIONS}bulletin,10,2024,period-label,part of the period name in a closing line\nbulletin,11,2024,period-label,part of the period name in a closing line\n`);
  });

  it("never appends an omission twice: the same document, line and token is the same omission, whatever its note", () => {
    // bulletin line 8, token 2024 is already in omitted.csv, with another note; line 9 is new but comes twice.
    const first = bulletin(JANUARY, [added("decisions.fine", 837, "837", 4)], { omissions: [omission(8, "2024", "another note"), omission(9, "2024")] });
    const second = bulletin(MARCH, [added("stay.applications", 30000, "30000", 6)], { exists: false, omissions: [omission(9, "2024", "yet another note"), omission(8, "2024")] });
    const result = applyIngest(CURRENT, [first, second], "bulletin", KEEP);
    const rows = csvParseRows(result.texts.omissions).map(([document, line, token]) => `${document}:${line}:${token}`);
    expect(rows).toEqual(["document:line:token", "bulletin:8:2024", "bulletin:9:2024"]);
    // Applied again to its own output, it adds no omission.
    expect(applyIngest(result.texts, [first, second], "bulletin", KEEP).texts.omissions).toBe(result.texts.omissions);
  });

  it("keys omissions by document too: the same line and token of another document is another omission", () => {
    const result = applyIngest(CURRENT, [bulletin(JANUARY, [added("decisions.fine", 837, "837", 4)], { omissions: [omission(8, "2024")] })], "release", KEEP);
    expect(result.texts.omissions).toBe(`${OMISSIONS}release,8,2024,period-label,part of the period name in a closing line\n`);
  });

  it("does not change the texts it was given", () => {
    const current = { ...CURRENT };
    applyIngest(current, [bulletin(MARCH, [added("stay.applications", 30000, "30000", 6)], { exists: false, omissions: [omission(7, "2024")] })], "bulletin", REPLACE);
    expect(current).toEqual(CURRENT);
  });
});

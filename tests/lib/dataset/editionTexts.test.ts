import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DatasetError } from "../../../src/lib/dataset/DatasetError.ts";
import { loadEditionTexts, localisedDataset } from "../../../src/lib/dataset/editionTexts.ts";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { formatFigure, unitWord } from "../../../src/lib/format.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const RU = resolve("tests/fixtures/dataset/editions/ru.yaml");

/** The problems of an edition file whose text is `edit` of the fixture's Russian texts. */
function problems(edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "sms-edition-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "ru.yaml");
  writeFileSync(file, edit(readFileSync(RU, "utf8")));
  try {
    loadEditionTexts(file, dataset, "ru", dir);
  } catch (error) {
    if (error instanceof DatasetError) return error.issues.map((i) => `${i.file}:${i.line}: ${i.message} — ${i.fix}`);
    throw error;
  }
  return [];
}

describe("edition texts", () => {
  it("swap the dataset's words and keep its ids, figures and citations", () => {
    const ru = localisedDataset(dataset, loadEditionTexts(RU, dataset, "ru"));
    expect(ru.metrics.find((m) => m.id === "stay.applications")!.label).toBe("Заявления о регистрации");
    expect(ru.periods.find((p) => p.id === "2024-01")!.label).toBe("январь 2024");
    expect(ru.documents.find((d) => d.id === "bulletin")!.short).toBe("Бюллетень");
    expect(ru.institution.founded.instrument).toBe("тестовый указ");
    expect(ru.observations).toEqual(dataset.observations);
    expect(ru.periods.map((p) => [p.id, p.start, p.end, p.kind])).toEqual(dataset.periods.map((p) => [p.id, p.start, p.end, p.kind]));
  });

  it("give every plural form of the language to the unit words", () => {
    const ru = localisedDataset(dataset, loadEditionTexts(RU, dataset, "ru"));
    const decisions = ru.units.find((u) => u.id === "decisions")!;
    const words = [1, 3, 5, 21, 1826].map((n) => `${formatFigure(n, ru.metrics.find((m) => m.id === "decisions.total")!, { locale: "ru" })} ${unitWord(n, decisions, { locale: "ru" })}`);
    expect(words).toEqual(["1 решение", "3 решения", "5 решений", "21 решение", "1\u00a0826 решений"]);
  });

  it("name a missing id, an unknown one and a missing plural form, each at its line", () => {
    const found = problems((text) =>
      text
        .replace(/^  decisions\.fine: .*\n/m, "")
        .replace("  2024-02: { label: февраль 2024, source_label: февраль 2024 }", "  2024-02: { label: февраль 2024, source_label: февраль 2024 }\n  2024-03: { label: март 2024, source_label: март 2024 }")
        .replace("persons: { one: человек, few: человека, many: человек, other: человека, label: человек }", "persons: { one: человек, other: человека, label: человек }"),
    );
    expect(found).toEqual([
      expect.stringMatching(/^ru\.yaml:\d+: metrics has no ru text for "decisions\.fine" — add decisions\.fine under metrics, in ru$/),
      expect.stringMatching(/^ru\.yaml:20: periods\.2024-03 is not in the dataset — correct the id \(nearest: 2024-01/),
      expect.stringMatching(/^ru\.yaml:8: unit persons has no "few" form/),
      expect.stringMatching(/^ru\.yaml:8: unit persons has no "many" form/),
    ]);
  });

  it("refuse an empty text and a text a spreadsheet would run, at the line", () => {
    expect(problems((text) => text.replace("label: Решения,", 'label: "",').replace("short: Пресс-релиз", "short: =HYPERLINK()"))).toEqual([
      expect.stringMatching(/^ru\.yaml:\d+: metrics\.decisions\.total\.label: write the text/),
      expect.stringMatching(/^ru\.yaml:\d+: documents\.release\.short: do not start a text with =/),
    ]);
  });

  it("say that a missing file is missing, and how to write it", () => {
    expect(() => loadEditionTexts("/nonexistent/az.yaml", dataset, "az")).toThrow(/the file is missing[\s\S]*write the az texts of the dataset/);
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import type { Metric } from "../../../src/lib/dataset/types.ts";
import { editionMessages } from "../../../src/lib/i18n/editions.ts";
import { buildSiteModel, type SiteModel } from "../../../src/lib/model/siteModel.ts";
import { searchIndexView } from "../../../src/lib/views/searchPage.ts";
import { FIXTURE_DATASET } from "../../helpers/fixture.ts";

const model = buildSiteModel(loadDataset(FIXTURE_DATASET));

describe("searchIndexView", () => {
  const letters = searchIndexView(model);

  it("lists every indicator, period and year page once, under its initial, from A to Z", () => {
    expect(letters.map((l) => [l.letter, l.entries.map((e) => e.href)])).toEqual([
      ["0–9", ["/years/2018/", "/years/2024/"]],
      ["A", ["/indicators/stay.applications/"]],
      ["D", ["/indicators/decisions.total/"]],
      ["F", ["/periods/2024-02/", "/periods/2018-h1/", "/periods/2024-h1/", "/indicators/foreigners.registered/"]],
      ["J", ["/periods/2024-01/"]],
      ["U", ["/periods/undated/"]],
    ]);
    const hrefs = letters.flatMap((l) => l.entries.map((e) => e.href));
    expect(hrefs).toHaveLength(model.indicators.length + model.pagePeriods.length + model.years.length);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
  });

  it("says what each page is: an indicator, the kind of period, a year's summary", () => {
    const kinds = Object.fromEntries(letters.flatMap((l) => l.entries.map((e) => [e.href, e.kind])));
    expect(kinds["/indicators/stay.applications/"]).toBe("Indicator");
    expect(kinds["/periods/2024-02/"]).toBe("Month");
    expect(kinds["/periods/2018-h1/"]).toBe("Six months (cumulative)");
    expect(kinds["/years/2024/"]).toBe("Annual summary");
  });

  it("follows the edition's alphabet and its capitals: Azerbaijani puts “ə” after “e”, “ö” after “o”, and writes “i” as “İ”", () => {
    const metric = (id: string, label: string) => ({ ...model.indicators[0]!, id, label }) as Metric;
    const az: SiteModel = {
      ...model,
      m: editionMessages("az"),
      indicators: [metric("a", "Ölkəyə giriş"), metric("b", "Əcnəbilər"), metric("c", "Olduğu yer"), metric("d", "Elektron müraciətlər"), metric("e", "iş icazəsi"), metric("f", "Çağrılar"), metric("g", "Cərimə")],
      pagePeriods: [],
      years: [],
    };
    expect(searchIndexView(az).map((l) => [l.letter, l.entries.map((e) => e.label)])).toEqual([
      ["C", ["Cərimə"]],
      ["Ç", ["Çağrılar"]],
      ["E", ["Elektron müraciətlər"]],
      ["Ə", ["Əcnəbilər"]],
      ["İ", ["iş icazəsi"]],
      ["O", ["Olduğu yer"]],
      ["Ö", ["Ölkəyə giriş"]],
    ]);
  });
});

import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { loadEditionTexts, localisedDataset } from "../../src/lib/dataset/editionTexts.ts";
import { editionMessages } from "../../src/lib/i18n/editions.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { resolveFigureDirectives } from "../../src/remark/figureDirectives.ts";
import { FIXTURE_MODEL, narrativeFailure as failure, renderNarrative } from "../helpers/narrative.ts";

const dataset = FIXTURE_MODEL.dataset;
const context = { model: FIXTURE_MODEL, base: "/" };
const render = (markdown: string, period = "2024-01", base = "/") => renderNarrative(markdown, { period, base });

describe("figure references", () => {
  it(":fig shows this period's figure as data, linked to its table row with definition and source", () => {
    expect(render("Registrations: :fig[stay.applications].")).toBe(
      '<p>Registrations: <a href="#fig-stay.applications" class="fig-ref" title="Applications for registration: Applications to register at the place of stay. Source: Test bulletin, line 1."><data value="27328">27,328</data></a>.</p>',
    );
  });

  it(":fig{period=…} links to the page that shows another period's figure", () => {
    expect(render(":fig[stay.applications]{period=2024-02}")).toContain('href="/periods/2024-02/#fig-stay.applications"');
    const comparison = render(":fig[foreigners.registered]{period=2017-h1}", "2024-01");
    expect(comparison).toContain('href="/periods/2018-h1/#fig-foreigners.registered"');
    expect(comparison).toContain('<data value="747107">747,107</data>');
  });

  it("respects the deploy base in links", () => {
    expect(render(":period[2024-02]", "2024-01", "/sms-report/")).toContain('href="/sms-report/periods/2024-02/"');
  });

  it(":fig formats stated changes with their sign", () => {
    expect(render(":fig[foreigners.registered.claimed-change]", "2018-h1")).toContain('<data value="10">+10%</data>');
  });

  it(":change computes a percent change in words", () => {
    // (27,328 − 19,155) ÷ 19,155 = 42.67%
    expect(render(":change[stay.applications]{vs=2024-02}")).toMatch(/<data value="42\.6[0-9]*" class="computed" title="Computed by this report from 27,328 in January 2024 against 19,155 in February 2024\.">up 42\.7%<\/data>/);
    // (747,107 − 827,352) ÷ 827,352 = −9.70%
    expect(render(":change[foreigners.registered]{vs=2018-h1 period=2017-h1}")).toContain(">down 9.7%</data>");
  });

  it(":diff computes a difference in words", () => {
    expect(render(":diff[stay.applications]{vs=2024-02}")).toContain('<data value="8173" class="computed"');
    expect(render(":diff[stay.applications]{vs=2024-02}")).toContain(">8,173 more</data>");
    expect(render(":diff[stay.applications]{period=2024-02 vs=2024-01}")).toContain(">8,173 fewer</data>");
  });

  it(":share computes a share of another metric", () => {
    // 844 ÷ 1,826 = 46.22%
    expect(render(":share[decisions.expulsion]{of=decisions.total}")).toContain(">46.2%</data>");
  });

  it(":gap gives the part of a total its parts leave out", () => {
    // 1,826 − (844 + 837) = 145
    expect(render(":gap[decisions.total]")).toContain('<data value="145" class="computed"');
  });

  it(":period names and links a period", () => {
    expect(render("Since :period[2024-h1].")).toBe('<p>Since <a href="/periods/2024-h1/" class="period-ref">First half of 2024</a>.</p>');
  });
});

describe("errors in figure references", () => {
  it.each([
    ["an unknown metric", "Text :fig[stay.aplications] here.", /2024-01\.md:1:6.*:fig\[stay\.aplications\]: "stay\.aplications" is not a metric; nearest: stay\.applications/],
    ["a period without that figure", "\n:fig[decisions.total]{period=2024-02}", /2024-01\.md:2:1.*February 2024 \(2024-02\) has no figure for decisions\.total; periods that have it: 2024-01, 2024-h1/],
    ["an unknown period", ":fig[decisions.total]{period=2024-13}", /period=2024-13 is not a period; nearest: /],
    ["a missing metric id", "See :fig[] here", /no metric id: write it in the brackets/],
    ["an unknown directive", ":figure[decisions.total]", /unknown directive; use one of :fig, :change, :diff, :share, :gap, :period/],
    ["an unknown attribute", ":fig[decisions.total]{year=2024}", /unknown attribute "year"; allowed: period/],
    [":change without vs", ":change[decisions.total]", /needs vs=<period>/],
    [":share without of", ":share[decisions.fine]", /needs of=<metric>/],
    [":gap where the parts add up", ":gap[decisions.total]{period=2024-h1}", /there is no gap to cite/],
    ["a leaf directive", "::fig[decisions.total]", /use a single colon/],
  ])("fails the build on %s with file:line:column and a hint", (_, markdown, message) => {
    expect(failure(markdown)).toMatch(message);
  });

  it("fails when a narrative's file name is not a period", () => {
    expect(failure("text", "2024-13")).toMatch(/2024-13\.md.*the narrative is named after no period/);
  });

  it("reports every unresolved reference, each at its place, and resolves the rest", () => {
    const file = new VFile({ path: "content/periods/2024-01.md", value: "A :fig[nope] and :fig[stay.applications].\n\nB :fig[decisions.total]{period=2024-02}." });
    const tree = unified().use(remarkParse).use(remarkDirective).parse(file);
    resolveFigureDirectives(tree, file, { defaultPeriod: "2024-01", pagePeriod: "2024-01" }, context);
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason.split(":")[1]}`)).toEqual(["1:3 fig[nope]", "3:3 fig[decisions.total]"]);
    expect(JSON.stringify(tree)).toContain('"value":"27,328"');
  });
});

describe("links of figures shown on the page about the Service", () => {
  it("point to /about/, where the institutional profile's figures are shown", () => {
    const profile = { ...dataset.periods.find((p) => p.id === "undated")!, id: "institution", label: "Institutional profile", institutional: true };
    const withProfile = {
      ...dataset,
      periods: [...dataset.periods, profile],
      observations: [...dataset.observations, { period: "institution", metric: "decisions.total", value: 12, raw: "12", document: "bulletin", line: 14 }],
    };
    const file = new VFile({ path: "content/periods/2024-01.md", value: ":fig[decisions.total]{period=institution}" });
    expect(renderNarrative(file.value as string, { model: buildSiteModel(withProfile) })).toContain('href="/about/"');
  });
});

describe("case endings on figures (Azerbaijani)", () => {
  const fixture = FIXTURE_MODEL.dataset;
  const az = buildSiteModel(localisedDataset(fixture, loadEditionTexts(resolve("tests/fixtures/dataset/editions/az.yaml"), fixture, "az")), editionMessages("az"));

  it("adds the ending in harmony with how the number is read", () => {
    expect(renderNarrative(":fig[stay.applications]{case=ablative} çox", { model: az })).toContain(">27.328-dən</data>");
    expect(renderNarrative(":fig[decisions.total]{case=dative} qədər", { model: az })).toContain(">1.826-ya</data>");
  });

  it("refuses a case ending in an edition whose numbers take none, and an unknown case", () => {
    expect(failure(":fig[stay.applications]{case=ablative}")).toMatch(/case= is for editions whose numbers take case endings \(az\); in en put the case on the noun/);
    expect(() => renderNarrative(":fig[stay.applications]{case=vocative}", { model: az })).toThrow(/case=vocative is not a case ending; use one of dative, ablative/);
  });
});

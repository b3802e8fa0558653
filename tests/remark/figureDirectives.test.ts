import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { derivedObservations } from "../../src/lib/derive/derivedPeriods.ts";
import remarkFigureDirectives, { narrativeTarget } from "../../src/remark/figureDirectives.ts";
import { resolveSummary } from "../../src/remark/resolveSummary.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const context = { dataset, derived: derivedObservations(dataset), base: "/" };

function render(markdown: string, period = "2024-01", base = "/"): string {
  const file = new VFile({ path: `content/periods/${period}.md`, value: markdown });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkFigureDirectives, { context: () => ({ ...context, base }) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
}

function failure(markdown: string, period = "2024-01"): string {
  try {
    render(markdown, period);
  } catch (error) {
    return String(error);
  }
  expect.fail("the Markdown rendered without error");
}

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
    ["an unknown metric", "Text :fig[stay.aplications] more.", /2024-01\.md:1:6.*:fig\[stay\.aplications\]: "stay\.aplications" is not a metric; nearest: stay\.applications/],
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
    expect(failure("text", "2024-13")).toMatch(/narrative content\/periods\/2024-13\.md is named after no period/);
  });
});

describe("resolveSummary", () => {
  it("turns a summary with references into plain text", () => {
    expect(resolveSummary("Registrations reached :fig[stay.applications], :change[stay.applications]{vs=2024-02}.", "content/periods/2024-01.md", context)).toBe(
      "Registrations reached 27,328, up 42.7%.",
    );
  });
});

describe("narrativeTarget", () => {
  it("takes a period narrative's period from its file name", () => {
    expect(narrativeTarget("/x/content/periods/2024-h1.md", dataset)).toEqual({ defaultPeriod: "2024-h1", pagePeriod: "2024-h1" });
  });

  it("gives a year summary the year's period where there is one, and no page of its own", () => {
    expect(narrativeTarget("/x/content/years/2018.md", dataset)).toEqual({ defaultPeriod: undefined });
    expect(narrativeTarget("/x/content/years/2018x.md", dataset)).toMatch(/named after no year/);
  });

  it("makes a year summary without a year period name the period of each figure", () => {
    const file = new VFile({ path: "content/years/2024.md", value: ":fig[stay.applications] and :fig[stay.applications]{period=2024-02}" });
    const run = () => unified().use(remarkParse).use(remarkDirective).use(remarkFigureDirectives, { context: () => context }).use(remarkRehype).use(rehypeStringify).processSync(file);
    expect(run).toThrow(/this summary covers no single period: name the period/);
    file.value = ":fig[stay.applications]{period=2024-02}";
    expect(String(run())).toContain('href="/periods/2024-02/#fig-stay.applications"');
  });
});

import { resolve } from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { narrativeTarget } from "../../src/remark/narrativeTarget.ts";
import remarkNarrative from "../../src/remark/remarkNarrative.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";

const dataset = loadDataset(FIXTURE_DATASET);
const context = { model: buildSiteModel(dataset), base: "/" };

describe("narrativeTarget", () => {
  it("takes a period narrative's period from its file name", () => {
    expect(narrativeTarget("period", "2024-h1", dataset)).toEqual({ defaultPeriod: "2024-h1", pagePeriod: "2024-h1" });
  });

  it("gives a year summary the year's period where there is one, and no page of its own", () => {
    expect(narrativeTarget("year", "2018", dataset)).toEqual({ defaultPeriod: undefined });
    expect(narrativeTarget("year", "2018x", dataset)).toMatch(/named after no year/);
  });

  it("refuses a year summary for a year the data do not cover, naming those they do", () => {
    expect(narrativeTarget("year", "2019", dataset)).toMatch(/the data have no period in 2019.*\(2024, 2018\)/);
  });

  it("refuses a narrative for a period without a page of its own, or for no period", () => {
    expect(narrativeTarget("period", "2017-h1", dataset)).toMatch(/period "2017-h1" has no page of its own \(its figures are shown on the page of 2018-h1\)/);
    expect(narrativeTarget("period", "2024-1", dataset)).toMatch(/named after no period.*nearest: 2024-01/);
  });

  it("makes a year summary without a year period name the period of each figure", () => {
    const file = new VFile({ path: "content/years/2024.md", value: ":fig[stay.applications] and :fig[stay.applications]{period=2024-02}" });
    const run = () => unified().use(remarkParse).use(remarkDirective).use(remarkNarrative, { context: () => context, folders: () => ({ period: resolve("content/periods"), year: resolve("content/years") }) }).use(remarkRehype).use(rehypeStringify).processSync(file);
    expect(run).toThrow(/this summary covers no single period: name the period/);
    file.value = ":fig[stay.applications]{period=2024-02}";
    expect(String(run())).toContain('href="/periods/2024-02/#fig-stay.applications"');
  });
});

import { resolve } from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { expect } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { buildSiteModel, type SiteModel } from "../../src/lib/model/siteModel.ts";
import remarkNarrative from "../../src/remark/remarkNarrative.ts";
import { FIXTURE_DATASET } from "./fixture.ts";

/** The site model of the fixture, and the narrative folders as the build names them. */
export const FIXTURE_MODEL = buildSiteModel(loadDataset(FIXTURE_DATASET));
export const NARRATIVE_FOLDERS = { period: resolve("content/periods"), year: resolve("content/years") };
const folders = (edition: string) => (edition === "en" ? NARRATIVE_FOLDERS : { period: resolve(`content/${edition}/periods`), year: resolve(`content/${edition}/years`) });

/** A narrative of `period` rendered to HTML through the site's remark plugin. */
export function renderNarrative(markdown: string, { period = "2024-01", base = "/", model = FIXTURE_MODEL }: { period?: string; base?: string; model?: SiteModel } = {}): string {
  const file = new VFile({ path: `content/periods/${period}.md`, value: markdown });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkNarrative, { context: () => ({ model, base }), folders })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
}

/** Why the narrative does not render; fails the test if it does. */
export function narrativeFailure(markdown: string, period = "2024-01"): string {
  try {
    renderNarrative(markdown, { period });
  } catch (error) {
    return String(error);
  }
  expect.fail("the Markdown rendered without error");
}

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";

const siteDir = inject("siteDir");
const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("html-validate on every built page", () => {
  it("finds pages to check", () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each(pages)("%s is valid", async (page) => {
    const report = await validator.validateFile(join(siteDir, page));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

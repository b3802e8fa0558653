import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { isSafeUrl, reportMarkup, wordCount } from "../../src/remark/narrativeRules.ts";

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe("isSafeUrl", () => {
  it("allows pages of the site, fragments and http(s) or mailto addresses", () => {
    for (const url of ["/periods/2024-11/", "#fig-calls.received", "../sources/", "https://migration.gov.az/", "HTTP://example.org", "mailto:a@example.org"]) expect(isSafeUrl(url), url).toBe(true);
  });

  it("refuses addresses that run script or embed data", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd"]) expect(isSafeUrl(url), url).toBe(false);
  });
});

describe("reportMarkup", () => {
  it("reports raw HTML, images and unsafe links at their place, and leaves text alone", () => {
    const markdown = "Plain *text* and [a link](/about/).\n\n<div>x</div>\n\n![x](y.png) and [bad](javascript:x)\n\n[ref]: data:text/html,x";
    const file = new VFile(markdown);
    reportMarkup(parse(markdown), file);
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason.split(" ").slice(0, 2).join(" ")}`)).toEqual(["3:1 raw HTML", "5:1 images are", "5:17 the link", "7:1 the link"]);
  });
});

describe("wordCount", () => {
  it("counts the words of headings, paragraphs and list items without running blocks together", () => {
    expect(wordCount(parse("## Two words\n\nThree more words.\n\n- one\n- two items"))).toBe(8);
    expect(wordCount(parse("**Bold**word *and* `code` count"))).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import { printFrameCss } from "../../src/lib/printFrame.ts";

describe("printFrameCss", () => {
  it("puts the report's name at the top of every printed page and the page number at the bottom", () => {
    const css = printFrameCss({ name: "Report </style>", pageOf: { before: "Page ", between: " of " } });
    expect(css).toBe('@page { @top-left { content: "Report \\3c /style>"; } @bottom-right { content: "Page " counter(page) " of " counter(pages); } }');
  });
});

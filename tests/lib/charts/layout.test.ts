import { describe, expect, it } from "vitest";
import { FONT_SIZE, wrapText } from "../../../src/lib/charts/layout.ts";

describe("wrapText", () => {
  it("keeps a short label on one line", () => {
    expect(wrapText("November 2024", 400)).toEqual(["November 2024"]);
  });

  it("breaks a long label at spaces so that each line fits", () => {
    const lines = wrapText("Decisions on officials of organisations that receive, serve or employ foreigners", 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Decisions on officials of organisations that receive, serve or employ foreigners");
    for (const line of lines) expect(line.length * FONT_SIZE * 0.6).toBeLessThanOrEqual(200);
  });
});

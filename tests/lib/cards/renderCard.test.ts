import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, renderCard } from "../../../src/lib/cards/renderCard.ts";

describe("renderCard", () => {
  it("draws a 1200×630 PNG", async () => {
    const png = await renderCard({ kicker: "Month · January 2024", title: "Şəki: ğ, ı and ə", figures: [{ value: "27,328", label: "Applications for registration" }], footer: "Azerbaijan migration statistics" });
    // The PNG signature, then the IHDR chunk: length (4 bytes), "IHDR", width and height (big-endian).
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });
});

import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, renderCard } from "../../../src/lib/cards/renderCard.ts";

/** The outline a card's title draws. A letter no font of the card has is drawn as the same empty box. */
async function titleOutline(title: string): Promise<string> {
  const svg = await cardSvg({ kicker: "", title, figures: [], footer: "" });
  return [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]).join(" ");
}

describe("renderCard", () => {
  it("draws a 1200×630 PNG", async () => {
    const png = await renderCard({ kicker: "Month · January 2024", title: "Şəki: ğ, ı and ə", figures: [{ value: "27,328", label: "Applications for registration" }], footer: "Azerbaijan migration statistics" });
    // The PNG signature, then the IHDR chunk: length (4 bytes), "IHDR", width and height (big-endian).
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it.each([
    ["Azerbaijani", "ə ğ ı ş ç ö ü İ Ə Ğ Ş Ç Ö Ü"],
    ["Russian", "ж ё щ ы ъ э ю я Ж Ё Щ Ы Ъ Э Ю Я"],
  ])("draws every letter of %s with a glyph of its own, not the box of a missing one", async (_, letters) => {
    const missing = await titleOutline("ㄱ");
    for (const letter of letters.split(" ")) expect(await titleOutline(letter), letter).not.toBe(missing);
  });

  it("draws the same box for any letter no font of the card has (check of the check)", async () => {
    expect(await titleOutline("ㄲ")).toBe(await titleOutline("ㄱ"));
  });
});

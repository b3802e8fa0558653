import { describe, expect, it } from "vitest";
import { crc32, inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { opaquePng } from "../../../src/lib/cards/png.ts";

/** A 3×2 opaque image with a different colour in every pixel, as RGBA. */
const W = 3;
const H = 2;
const colours = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [17, 34, 51], [255, 255, 255], [0, 0, 0]];
const rgba = Uint8Array.from(colours.flatMap((c) => [...c, 255]));

/** The PNG's chunks, each checked against its CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(data, crc32(Buffer.from(type, "latin1"))));
    found.push({ type, data });
    at += 12 + length;
  }
  return found;
}

describe("opaquePng", () => {
  it("writes a truecolour PNG whose rows hold the image's pixels without alpha", () => {
    const png = opaquePng(rgba, W, H)!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    const ihdr = found[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([W, H, 8, 2, 0, 0, 0]);
    expect([...inflateSync(found[1]!.data)]).toEqual([0, ...colours.slice(0, 3).flat(), 0, ...colours.slice(3).flat()]);
  });

  it("is read back to the same pixels by another decoder (resvg's)", () => {
    const uri = `data:image/png;base64,${opaquePng(rgba, W, H)!.toString("base64")}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}"><image width="${W}" height="${H}" xlink:href="${uri}" style="image-rendering:pixelated"/></svg>`;
    expect([...new Resvg(svg).render().pixels]).toEqual([...rgba]);
  });

  it("declines an image with a pixel that is not opaque, so the caller keeps the alpha", () => {
    const translucent = rgba.slice();
    translucent[4 * 4 + 3] = 254;
    expect(opaquePng(translucent, W, H)).toBeUndefined();
  });

  it("refuses pixels that do not fit the size it is given", () => {
    expect(() => opaquePng(rgba, W, H + 1)).toThrow(/24 bytes is not 3×3 RGBA pixels/);
  });
});

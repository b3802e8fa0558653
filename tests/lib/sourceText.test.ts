import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lineCount, readSourceText } from "../../src/lib/sourceText.ts";

const dir = mkdtempSync(join(tmpdir(), "sms-source-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readSourceText", () => {
  it("reads UTF-8 text, without its byte-order mark", () => {
    expect(readSourceText(file("bom.txt", "\uFEFFDuring November of 2024, 5,261 calls"))).toBe("During November of 2024, 5,261 calls");
  });

  it.each([
    ["missing", join(dir, "nope.txt"), /nope\.txt does not exist/],
    ["a folder", dir, /is a folder/],
    ["empty", file("empty.txt", " \n\n"), /empty\.txt is empty/],
    ["binary", file("binary.txt", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), /binary\.txt is a binary file/],
    ["not UTF-8", file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])), /latin1\.txt is not a UTF-8 text file/],
  ])("refuses a file that is %s, in one line", (_, path, message) => {
    expect(() => readSourceText(path)).toThrow(message);
  });
});

describe("lineCount", () => {
  it("counts lines as citations do, with or without a final line break", () => {
    expect(lineCount("a\nb\nc")).toBe(3);
    expect(lineCount("a\nb\nc\n")).toBe(3);
    expect(lineCount("a\r\nb\r\n\r\n")).toBe(3);
  });
});

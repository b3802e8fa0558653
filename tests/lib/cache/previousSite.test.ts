import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { siteWriter } from "../../../src/lib/cache/previousSite.ts";

function sites(): { old: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "sms-previous-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const [old, out] = [join(root, "old"), join(root, "out")];
  for (const site of [old, out]) mkdirSync(join(site, "data"), { recursive: true });
  return { old, out };
}

describe("siteWriter", () => {
  it("links a file the previous site holds with the same bytes, and writes every other", () => {
    const { old, out } = sites();
    writeFileSync(join(old, "data/same.csv"), "a,b\n1,2\n");
    writeFileSync(join(old, "data/changed.csv"), "a,b\n1,2\n");
    writeFileSync(join(old, "data/card.png"), Buffer.from([0x89, 0x50, 0x4e]));
    const site = siteWriter(out, old);
    site.write("data/same.csv", "a,b\n1,2\n");
    site.write("data/changed.csv", "a,b\n1,3\n");
    site.write("data/card.png", Buffer.from([0x89, 0x50, 0x4e]));
    site.write("data/new.csv", "x\n");
    expect(statSync(join(out, "data/same.csv")).ino).toBe(statSync(join(old, "data/same.csv")).ino);
    expect(statSync(join(out, "data/card.png")).ino).toBe(statSync(join(old, "data/card.png")).ino);
    expect(statSync(join(out, "data/changed.csv")).ino).not.toBe(statSync(join(old, "data/changed.csv")).ino);
    expect(readFileSync(join(out, "data/changed.csv"), "utf8")).toBe("a,b\n1,3\n");
    expect(readFileSync(join(old, "data/changed.csv"), "utf8")).toBe("a,b\n1,2\n");
    expect(readFileSync(join(out, "data/new.csv"), "utf8")).toBe("x\n");
    expect({ linked: site.linked, written: site.written }).toEqual({ linked: 2, written: 2 });
  });

  it("compares bytes, not text: a file whose bytes are not the UTF-8 of the text is written anew", () => {
    const { old, out } = sites();
    writeFileSync(join(old, "data/a.csv"), Buffer.from([0xff, 0x0a]));
    const site = siteWriter(out, old);
    site.write("data/a.csv", "\ufffd\n");
    expect([...readFileSync(join(out, "data/a.csv"))]).toEqual([0xef, 0xbf, 0xbd, 0x0a]);
    expect(site.linked).toBe(0);
  });

  it("writes everything when there is no previous site", () => {
    const { out } = sites();
    const site = siteWriter(out, undefined);
    site.write("data/a.csv", "1\n");
    expect(readFileSync(join(out, "data/a.csv"), "utf8")).toBe("1\n");
    expect({ linked: site.linked, written: site.written }).toEqual({ linked: 0, written: 1 });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { contentStore } from "../../../src/lib/cache/contentStore.ts";
import { hashOf } from "../../../src/lib/cache/hash.ts";

function dir(): string {
  const path = mkdtempSync(join(tmpdir(), "sms-store-"));
  onTestFinished(() => rmSync(path, { recursive: true, force: true }));
  return path;
}

describe("contentStore", () => {
  it("gives back what was put under a key, and counts hits and misses", () => {
    const store = contentStore(dir());
    const key = hashOf("chart", "2024-01");
    expect(store.get(key)).toBeUndefined();
    store.put(key, "<svg />");
    expect(store.get(key)?.toString()).toBe("<svg />");
    store.put(hashOf("card"), Buffer.from([0x89, 0x50]));
    expect([...store.get(hashOf("card"))!]).toEqual([0x89, 0x50]);
    expect({ hits: store.hits, misses: store.misses }).toEqual({ hits: 2, misses: 1 });
  });

  it("is shared by stores opened on the same folder, and leaves no partial files", () => {
    const path = dir();
    const key = hashOf("x");
    contentStore(path).put(key, "one");
    expect(contentStore(path).get(key)?.toString()).toBe("one");
    expect(readdirSync(path, { recursive: true }).map(String).filter((f) => f.includes("partial"))).toEqual([]);
  });

  it("refuses a key that is not a hash, which could name a file outside the store", () => {
    const store = contentStore(dir());
    expect(() => store.get("../../etc/passwd")).toThrow(/not a content key.*hashOf/);
    expect(() => store.put("", "x")).toThrow(/not a content key/);
  });

  it("places an entry at a path of the caller's, and says when it has none", () => {
    const path = dir();
    const store = contentStore(join(path, "store"));
    const key = hashOf("page");
    expect(store.place(key, join(path, "absent.html"))).toBe(false);
    expect(readdirSync(path)).toEqual([]);
    store.put(key, "<main>text</main>");
    expect(store.place(key, join(path, "page.html"))).toBe(true);
    expect(readFileSync(join(path, "page.html"), "utf8")).toBe("<main>text</main>");
    expect({ hits: store.hits, misses: store.misses }).toEqual({ hits: 1, misses: 1 });
  });
});

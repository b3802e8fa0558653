import { describe, expect, it } from "vitest";
import { en } from "../../../../src/lib/i18n/en/index.ts";
import { isRich } from "../../../../src/lib/i18n/rich.ts";

/** Every message of the catalog with its key: strings as they are, functions called with sample values. */
function messages(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node === "string") return [[path.join("."), node]];
  if (typeof node === "function") {
    // Every parameter gets a sample value of each shape a message takes: text, flags, links, counts.
    const sample = new Proxy({}, { get: (_, key) => (key === "href" ? "/x/" : key === Symbol.toPrimitive ? () => "S" : "S") });
    const call = node as (...a: unknown[]) => unknown;
    // A message that joins a list of sentences takes an array instead.
    let value: unknown;
    try {
      value = call(sample, sample, sample);
    } catch {
      value = call(["S", "S"]);
    }
    return [[path.join("."), value]];
  }
  if (Array.isArray(node)) return node.flatMap((item, i) => messages(item, [...path, String(i)]));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([key, value]) => messages(value, [...path, key]));
  return [];
}

describe("the English catalog", () => {
  const all = messages(en);

  it("has words for every key, with no blank message and no stray spaces", () => {
    expect(all.length).toBeGreaterThan(150);
    const text = (value: unknown) => (Array.isArray(value) ? value.map((p) => (typeof p === "string" ? p : p.text)).join("") : String(value));
    for (const [key, value] of all) {
      expect(text(value).trim().length, key).toBeGreaterThan(0);
      expect(text(value), key).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it("gives rich messages as text and links, each link to a page of the site", () => {
    const rich = all.filter(([, value]) => Array.isArray(value) && value.some((p) => typeof p === "object"));
    expect(rich.length).toBeGreaterThan(5);
    for (const [key, value] of rich)
      for (const part of value as ({ href?: string } | string)[]) if (typeof part === "object" && part.href) expect(part.href, key).toMatch(/^\//);
    expect(isRich(en.site.footer)).toBe(true);
  });

  it("names the locale numbers and dates are written in, and the language of the pages", () => {
    expect(en.locale).toBe("en-GB");
    expect(en.lang).toBe("en");
  });
});

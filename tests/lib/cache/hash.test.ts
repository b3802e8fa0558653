import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { filesUnder, functionText, hashOf, hashOfAll, keyJson, treeHash } from "../../../src/lib/cache/hash.ts";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "sms-hash-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a.csv"), "period,value\n2024-01,1\n");
  writeFileSync(join(dir, "sub", "b.md"), "# b\n");
  return dir;
}

describe("hashOfAll", () => {
  it("is hashOf of the same parts", () => {
    expect(hashOfAll(["a", new Uint8Array([1, 2]), "c"])).toBe(hashOf("a", new Uint8Array([1, 2]), "c"));
  });

  it("hashes more parts than a function call takes as arguments", () => {
    const parts = Array.from({ length: 500_000 }, (_, i) => String(i));
    expect(hashOfAll(parts)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOfAll(parts)).not.toBe(hashOfAll(parts.slice(1)));
  });
});

describe("hashOf", () => {
  it("tells apart parts that join to the same text", () => {
    expect(hashOf("ab", "c")).not.toBe(hashOf("a", "bc"));
    expect(hashOf("ab", "c")).toBe(hashOf("ab", "c"));
    expect(hashOf(Buffer.from("x"))).toBe(hashOf("x"));
    expect(hashOf("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("treeHash", () => {
  it("changes when a file is edited, added, removed or renamed", () => {
    const dir = folder();
    const states = [treeHash([dir])];
    writeFileSync(join(dir, "a.csv"), "period,value\n2024-01,2\n");
    states.push(treeHash([dir]));
    writeFileSync(join(dir, "sub", "c.md"), "");
    states.push(treeHash([dir]));
    renameSync(join(dir, "sub", "c.md"), join(dir, "sub", "d.md"));
    states.push(treeHash([dir]));
    rmSync(join(dir, "sub", "d.md"));
    states.push(treeHash([dir]));
    // Removing the added file brings back the state after the edit.
    expect(new Set(states).size).toBe(4);
    expect(states[4]).toBe(states[1]);
  });

  it("does not change when only time stamps do", () => {
    const dir = folder();
    const before = treeHash([dir]);
    utimesSync(join(dir, "a.csv"), new Date("2020-01-01"), new Date("2020-01-01"));
    expect(treeHash([dir])).toBe(before);
  });

  it("takes single files and missing paths as roots", () => {
    const dir = folder();
    expect(filesUnder(join(dir, "a.csv"))).toEqual([join(dir, "a.csv")]);
    expect(filesUnder(join(dir, "missing"))).toEqual([]);
    expect(filesUnder(dir)).toEqual([join(dir, "a.csv"), join(dir, "sub", "b.md")]);
    expect(treeHash([join(dir, "a.csv")])).not.toBe(treeHash([join(dir, "sub", "b.md")]));
  });
});

/** A function whose source is exactly `source`, as a process that printed it so would hold it (indirect eval: global scope). */
const printed = (source: string) => (0, eval)(`(${source})`) as () => unknown;

describe("functionText", () => {
  // One chart function as Node prints it after stripping its types, and as Astro's Vite build
  // prints it (both copied from the two processes of a build).
  it.each([
    ["(d                       ) => fillOf(d.status, \"bar\")", "(d) => (0, __vite_ssr_import_3__.fillOf)(d.status, \"bar\")"],
    ["(b                       ) => (b.current && currentLabel ? currentLabel(b.display) : b.display)", "(b) => b.current && currentLabel ? currentLabel(b.display) : b.display"],
    ["(b                       ) => new Date((b.x1.getTime() + b.x2.getTime()) / 2)", "(b) => /* @__PURE__ */ new Date((b.x1.getTime() + b.x2.getTime()) / 2)"],
    ["(d      ) => months[d.getUTCMonth()] ", "(d) => months[d.getUTCMonth()]"],
    ["(value        ) => {\n    // the tick's words\n    return format(value, undefined);\n  }", "(value) => {\n\treturn format(value, void 0);\n}"],
    ["(x) => [x, x,]", "(x) => [x, x]"],
    ["(look) => look.strokeWidth ?? 0.5", "(look) => look.strokeWidth ?? .5"],
  ])("gives one text for a function however the build printed it: %s", (node, vite) => {
    expect(functionText(printed(node))).toBe(functionText(printed(vite)));
  });

  it.each([
    ["(d) => d.top - 3", "(d) => d.top + 3"],
    ["(value) => formatNumber(value, m)", "(value) => formatPercent(value, m)"],
    ["(d) => fillOf(d.status, \"bar\")", "(d) => fillOf(d.status, \"context\")"],
    ["(d) => d.end", "(d) => d.start"],
    ["(d) => d * 10.5", "(d) => d * 1.5"],
  ])("tells apart functions that do different things: %s", (one, other) => {
    expect(functionText(printed(one))).not.toBe(functionText(printed(other)));
  });

  it("is how keyJson writes a function, beside its data", () => {
    const fn = printed("(d) => d.value");
    expect(keyJson({ x: fn, data: [1] })).toBe(JSON.stringify({ x: `function ${functionText(fn)}`, data: [1] }));
    expect(keyJson(new Map([["a", 1]]))).toBe(JSON.stringify({ map: [["a", 1]] }));
  });
});

describe("keyJson", () => {
  // What keyJson writes, said the slow way: JSON.stringify calling back for every value.
  const byReplacer = (value: unknown) =>
    JSON.stringify(value, (_, v: unknown) => {
      if (typeof v === "function") return `function ${functionText(v as () => unknown)}`;
      if (v instanceof Map) return { map: [...v] };
      if (v instanceof Set) return { set: [...v] };
      return v;
    });
  class Mark {
    readonly data: unknown[];
    readonly x: unknown;
    constructor(data: unknown[], x: unknown) {
      this.data = data;
      this.x = x;
    }
  }
  const fn = printed("(d) => d.value");

  it.each<[string, unknown]>([
    ["plain data", { a: 1, b: ["x", null, true], c: { d: 2.5 } }],
    ["functions in objects, arrays and class instances", { marks: [new Mark([{ v: 1 }], fn), fn], tip: { format: fn } }],
    ["Maps and Sets, with functions and Maps inside", { index: new Map<unknown, unknown>([["a", fn], ["b", new Map([[1, new Set([fn, 2])]])]]) }],
    ["what JSON leaves out or writes itself", { gone: undefined, list: [undefined, fn], when: new Date(Date.UTC(2024, 0, 1)), nested: [[fn]] }],
  ])("writes %s as JSON with functions, Maps and Sets written out", (_, value) => {
    expect(keyJson(value)).toBe(byReplacer(value));
  });

  it("leaves the value it writes as it was", () => {
    const value = { marks: [new Mark([1], fn)], index: new Map([["a", fn]]) };
    keyJson(value);
    expect(value.marks[0]!.x).toBe(fn);
    expect(value.marks[0]).toBeInstanceOf(Mark);
    expect(value.index.get("a")).toBe(fn);
  });

  it("tells apart values that differ only in a function", () => {
    expect(keyJson({ x: [printed("(d) => d.end")] })).not.toBe(keyJson({ x: [printed("(d) => d.start")] }));
  });
});

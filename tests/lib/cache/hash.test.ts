import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { filesUnder, hashOf, treeHash } from "../../../src/lib/cache/hash.ts";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "sms-hash-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a.csv"), "period,value\n2024-01,1\n");
  writeFileSync(join(dir, "sub", "b.md"), "# b\n");
  return dir;
}

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

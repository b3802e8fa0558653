import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { moveInto, moveTree } from "../../scripts/moveTree.ts";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "sms-move-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("moveTree and moveInto", () => {
  it("move a folder whole", () => {
    const root = tree({ "site/index.html": "home", "site/az/index.html": "ev" });
    moveTree(join(root, "site"), join(root, "dist.next"));
    expect(existsSync(join(root, "site"))).toBe(false);
    expect(readFileSync(join(root, "dist.next", "az", "index.html"), "utf8")).toBe("ev");
  });

  it("merge the cards into the site, folder by folder, and leave nothing behind", () => {
    const root = tree({ "site/az/index.html": "ev", "site/cards/.keep": "", "cards/cards/home.png": "en", "cards/az/cards/home.png": "az", "cards/ru/cards/home.png": "ru" });
    moveInto(join(root, "cards"), join(root, "site"));
    expect(["cards/home.png", "az/cards/home.png", "ru/cards/home.png", "az/index.html"].map((f) => readFileSync(join(root, "site", f), "utf8"))).toEqual(["en", "az", "ru", "ev"]);
    expect(existsSync(join(root, "cards"))).toBe(false);
  });

  it("refuse to overwrite a file the target has", () => {
    const root = tree({ "site/cards/home.png": "page", "cards/cards/home.png": "card" });
    expect(() => moveInto(join(root, "cards"), join(root, "site"))).toThrow(/exists already/);
    expect(readFileSync(join(root, "site", "cards", "home.png"), "utf8")).toBe("page");
  });
});

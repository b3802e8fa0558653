import { describe, expect, it } from "vitest";
import { isRich, rich } from "../../../src/lib/i18n/rich.ts";

describe("rich", () => {
  it("marks a message as one that returns text with links, without changing what it returns", () => {
    const message = rich((label: string) => ["See ", { text: label, href: "/periods/" }]);
    expect(isRich(message)).toBe(true);
    expect(isRich(() => "plain")).toBe(false);
    expect(message("all periods")).toEqual(["See ", { text: "all periods", href: "/periods/" }]);
  });
});

import { describe, expect, it } from "vitest";
import { placeholderCatalog } from "../../../src/lib/i18n/placeholder.ts";
import { rich } from "../../../src/lib/i18n/rich.ts";

describe("placeholderCatalog", () => {
  it("replaces every word by its key, keeping the catalog's shape and its locale", () => {
    const catalog = {
      locale: "en-GB",
      home: { title: "Home", lede: (n: string) => `${n} figures`, links: ["Periods", "Years"] },
      footer: rich(() => ["Read ", { text: "the sources", href: "/sources/" }]),
    };
    const placeholder = placeholderCatalog(catalog);
    expect(placeholder.locale).toBe("en-GB");
    expect(placeholder.home.title).toBe("⟦home.title⟧");
    expect(placeholder.home.lede("270")).toBe("⟦home.lede⟧");
    expect(placeholder.home.links).toEqual(["⟦home.links.0⟧", "⟦home.links.1⟧"]);
    expect(placeholder.footer()).toEqual(["⟦footer⟧"]);
  });
});

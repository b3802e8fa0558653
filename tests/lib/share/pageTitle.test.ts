import { describe, expect, it } from "vitest";
import { TITLE_LIMIT, pageTitle } from "../../../src/lib/share/pageTitle.ts";

const SITE = "Azerbaijan migration statistics";

describe("pageTitle", () => {
  it("adds the site's name where the two fit", () => {
    expect(pageTitle("All periods", SITE, " · ")).toBe("All periods · Azerbaijan migration statistics");
  });

  it("drops the site's name before anything of the page's own", () => {
    const title = "Applications for registration at the place of stay";
    expect(pageTitle(title, SITE, " · ")).toBe(title);
  });

  it("falls back to the short form of a long title, with the site's name where it fits", () => {
    const title = "November 2024: Registration applications and decisions on breaches fall below their August level";
    expect(pageTitle(title, SITE, " · ", "November 2024")).toBe("November 2024 · Azerbaijan migration statistics");
  });

  it("cuts a title with no short form at a word, within the limit, in any alphabet", () => {
    const title = "Обращения о регистрации по месту пребывания и решения о нарушениях миграционного законодательства";
    const shown = pageTitle(title, SITE, " · ");
    expect([...shown].length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(shown).toBe("Обращения о регистрации по месту пребывания и решения о…");
    expect(pageTitle("x".repeat(80), SITE, " · ")).toBe(`${"x".repeat(TITLE_LIMIT - 1)}…`);
  });
});

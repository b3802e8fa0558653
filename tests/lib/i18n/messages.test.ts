import { describe, expect, it } from "vitest";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { siteMessages } from "../../../src/lib/i18n/messages.ts";

describe("siteMessages", () => {
  it("gives the English catalog, or the placeholder one when REPORT_CATALOG asks for it", () => {
    expect(siteMessages({})).toBe(en);
    expect(siteMessages({ REPORT_CATALOG: "placeholder" }).pages.home.title).toBe("⟦pages.home.title⟧");
  });
});

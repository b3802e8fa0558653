import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildFixture, fixtureInputs } from "../helpers/fixtureSite.ts";

describe("a period whose narrative exists in English only", () => {
  it("still builds in every edition, says where the commentary is, and the build names each missing narrative", () => {
    const inputs = fixtureInputs();
    const build = buildFixture(inputs, { REPORT_SKIP_CARDS: "1" });
    expect(build.status, build.stderr).toBe(0);
    for (const edition of ["az", "ru"]) {
      expect(build.stderr + build.stdout).toMatch(new RegExp(`warning: \\S*editions/${edition}/periods/2024-01\\.md: no \\S+ narrative yet \\(there is one in en\\)`));
      const { document } = parseHTML(readFileSync(join(inputs.dist, edition, "periods", "2024-01", "index.html"), "utf8"));
      expect(document.querySelector(".narrative")).toBeNull();
      const link = document.querySelector(".commentary-elsewhere a");
      expect([link?.getAttribute("href"), link?.getAttribute("hreflang"), link?.textContent]).toEqual(["/periods/2024-01/", "en", "English"]);
      // The page's figures are there all the same, in the edition's format.
      expect(document.querySelector('tr[id="fig-stay.applications"] data')?.textContent).toBe(edition === "az" ? "27.328" : "27\u00a0328");
    }
  }, 300_000);
});

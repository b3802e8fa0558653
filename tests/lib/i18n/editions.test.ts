import { describe, expect, it } from "vitest";
import { editionMessages } from "../../../src/lib/i18n/editions.ts";
import { EDITIONS, inEdition, splitEditionPath } from "../../../src/lib/i18n/editionPaths.ts";
import { en } from "../../../src/lib/i18n/en/index.ts";

describe("editions", () => {
  it("give each edition its catalog, or the placeholder catalog for the test of stray words", () => {
    expect(editionMessages("en", {})).toBe(en);
    expect(EDITIONS.map((e) => editionMessages(e, {}).lang)).toEqual(["en", "az", "ru"]);
    expect(editionMessages("ru", { REPORT_CATALOG: "placeholder" }).pages.home.title).toBe("⟦pages.home.title⟧");
    expect(editionMessages("ru", { REPORT_CATALOG: "placeholder" }).locale).toBe("ru");
  });

  it("keep English at the root and put the others under their language", () => {
    expect(inEdition("en", "/periods/2024-11/")).toBe("/periods/2024-11/");
    expect(inEdition("az", "/periods/2024-11/")).toBe("/az/periods/2024-11/");
    expect(splitEditionPath("/ru/years/2023/")).toEqual(["ru", "/years/2023/"]);
    expect(splitEditionPath("/periods/")).toEqual(["en", "/periods/"]);
    expect(splitEditionPath("/az/")).toEqual(["az", "/"]);
  });
});

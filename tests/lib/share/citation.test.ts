import { describe, expect, it } from "vitest";
import { en } from "../../../src/lib/i18n/en/index.ts";
import { bibtexCitation, plainCitation } from "../../../src/lib/share/citation.ts";

const input = { key: "periods/2024-11/", title: "November 2024: Calls & e-applications_rise", url: "https://example.org/periods/2024-11/", builtOn: "2026-01-15" };

describe("citations", () => {
  it("cites in plain text with permalink and build date", () => {
    expect(plainCitation(input, en)).toBe(
      "Azerbaijan migration statistics (2026). “November 2024: Calls & e-applications_rise”. Figures of the State Migration Service of the Republic of Azerbaijan, transcribed and cited to source. https://example.org/periods/2024-11/ (version built 2026-01-15).",
    );
  });

  it("cites in BibTeX with a safe key and escaped title", () => {
    expect(bibtexCitation(input, en)).toBe(
      [
        "@misc{sms-report-periods-2024-11,",
        "  author = {{Azerbaijan migration statistics}},",
        "  title = {November 2024: Calls \\& e-applications\\_rise},",
        "  year = {2026},",
        "  url = {https://example.org/periods/2024-11/},",
        "  note = {Figures of the State Migration Service of the Republic of Azerbaijan. Version built 2026-01-15},",
        "}",
      ].join("\n"),
    );
  });
});

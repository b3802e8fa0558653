import { describe, expect, it } from "vitest";
import { CLOSING_LINES, HEADINGS, PHRASINGS } from "../../../src/lib/ingest/phrasings.ts";

/** The first phrasing that matches `line` (the rule parseBulletins applies), with the figures it captures. */
function firstMatch(line: string) {
  for (const phrasing of PHRASINGS) {
    const match = phrasing.pattern.exec(line);
    if (match) return { metrics: phrasing.metrics, figures: match.slice(1).filter((g) => g !== undefined) };
  }
  return undefined;
}

/** One line in the wording of the bulletins for each phrasing, with what it must give. */
const LINES: [line: string, metrics: string[], figures: string[]][] = [
  ["During the reporting period, the Service received a total of 1,500 applications. These included:", ["applications.total"], ["1,500"]],
  ["- Applications regarding citizenship issues – 120", ["citizenship.status-applications"], ["120"]],
  ["- Applications on obtaining or extending work permits for foreigners – 310", ["work-permits.applications"], ["310"]],
  ["- Calls received by the Call Center – 1,000", ["calls.received"], ["1,000"]],
  ["- Applications received through the social media and the online guide – 45", ["applications.online-guide"], ["45"]],
  ["- Petitions, complaints and suggestions of citizens – 60", ["applications.petitions"], ["60"]],
  ["- Other applications – 500", ["applications.other"], ["500"]],
  ["The Service made 1,826 decisions regarding violations of the migration legislation.", ["irregular.decisions"], ["1,826"]],
  ["- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – 27329", ["stay.registration-applications"], ["27329"]],
  ["- Applications on obtaining (extension of validity) temporary and permanent residence permits – 5,100", ["residence.permit-applications"], ["5,100"]],
  ["- Applications on determination of affiliation to the citizenship of the Republic of Azerbaijan – 1,322", ["citizenship.affiliation-applications"], ["1,322"]],
  ["Number of decisions on infringement of the requirements of migration, as well as administrative legislation of the Republic of Azerbaijan - 1.826", ["irregular.decisions"], ["1.826"]],
  ["- Decisions on not application of administrative expulsion from the territory of the country - 844", ["irregular.no-expulsion"], ["844"]],
  ["Decisions on leaving the country by paying off the administrative fine - 300", ["irregular.no-expulsion.paid-fine-departure"], ["300"]],
  ["Decisions on legalization of residence in the country - 200", ["irregular.no-expulsion.legalised"], ["200"]],
  ["- Out of 837 - decisions on imposing ban on entry to the country", ["irregular.entry-ban"], ["837"]],
  ["Decisions on imposition of the administrative fine with administrative expulsion - 222;", ["irregular.entry-ban.fine-and-expulsion"], ["222"]],
  ["Decisions on imposing ban on entry of foreigners under the Migration Code - 615; including", ["irregular.entry-ban.migration-code"], ["615"]],
  [
    "590 decisions on infringement of the requirements of Article 16.1.8 (unpaid fine) and 25 decisions for infringement of the requirements of other Articles of the Migration Code.",
    ["irregular.entry-ban.migration-code.unpaid-fine", "irregular.entry-ban.migration-code.other"],
    ["590", "25"],
  ],
  ["- Decisions on loss of permission documents – 51", ["irregular.permit-revoked"], ["51"]],
  ["- Decisions related with employment of foreigners and stateless persons - 71", ["irregular.employment"], ["71"]],
  ["- Decisions on violation of rules, defined by the Migration Code, by officials of host organisations - 19", ["irregular.host-officials"], ["19"]],
];

describe("PHRASINGS", () => {
  it("has a sample line here for every phrasing", () => {
    expect(LINES.map(([, metrics]) => metrics)).toEqual(PHRASINGS.map((p) => p.metrics));
  });

  it.each(LINES)("maps %j to %j", (line, metrics, figures) => {
    // The first match wins, so no phrasing listed earlier may catch this line.
    expect(firstMatch(line)).toEqual({ metrics, figures });
  });

  it("captures one figure for each metric a phrasing maps to", () => {
    for (const phrasing of PHRASINGS) {
      const groups = new RegExp(`${phrasing.pattern.source}|`).exec("")!.length - 1;
      expect(groups, String(phrasing.pattern)).toBe(phrasing.metrics.length);
    }
  });

  it("reads the dash before the figure as an en dash or a hyphen where the bulletins use both", () => {
    expect(firstMatch("- Other applications - 500")?.figures).toEqual(["500"]);
    expect(firstMatch("- Calls received by the Call Center - 1,000")?.figures).toEqual(["1,000"]);
  });

  it("takes a figure only at the end of the line, with its thousands grouped by ',' or '.'", () => {
    expect(firstMatch("- Other applications – 500 (of which 20 online)")).toBeUndefined();
    expect(firstMatch("- Other applications – 12.500")?.figures).toEqual(["12.500"]);
  });

  it("maps no line that merely resembles a phrasing", () => {
    expect(firstMatch("- Applications on something new – 42")).toBeUndefined();
    expect(firstMatch("Legal migration")).toBeUndefined();
  });

  it("marks the article number of the entry-ban detail line as no figure, and only it", () => {
    const detail = PHRASINGS.find((p) => p.notFigures)!;
    expect(detail.metrics).toEqual(["irregular.entry-ban.migration-code.unpaid-fine", "irregular.entry-ban.migration-code.other"]);
    expect(detail.notFigures).toEqual([{ token: expect.any(RegExp), reason: "legal-reference", note: "article of the Migration Code that defines the violation" }]);
    const token = detail.notFigures![0]!.token;
    expect(["16.1.8", "590", "25", "16.1.80"].filter((t) => token.test(t))).toEqual(["16.1.8"]);
    expect(PHRASINGS.filter((p) => p.notFigures)).toHaveLength(1);
  });
});

describe("CLOSING_LINES", () => {
  const read = (line: string) =>
    CLOSING_LINES.flatMap((c) => {
      const match = c.pattern.exec(line);
      return match ? [{ metric: c.metric, period: match[1], figure: match[2] }] : [];
    });

  it("reads the period name and the figure of each closing line", () => {
    expect(read("During March of 2024, 5,261 calls were received by the Call Center of SMS.")).toEqual([{ metric: "calls.received", period: "March of 2024", figure: "5,261" }]);
    expect(read("During 9 months of 2024, 13577 e-applications were received for registration upon place of stay.")).toEqual([
      { metric: "eservices.applications", period: "9 months of 2024", figure: "13577" },
    ]);
  });

  it("reads a closing line only at the start of a line", () => {
    expect(read("As before: During March of 2024, 5 calls were received by the Call Center.")).toEqual([]);
  });
});

describe("HEADINGS", () => {
  it("knows the two headings of a bulletin, in any case, and nothing more", () => {
    const heading = (line: string) => HEADINGS.some((h) => h.test(line));
    expect(["Legal migration", "Illegal migration", "LEGAL MIGRATION"].map(heading)).toEqual([true, true, true]);
    expect(["Legal migration statistics", "- Legal migration", "Migration"].map(heading)).toEqual([false, false, false]);
  });
});

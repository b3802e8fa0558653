import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBulletins } from "../../../src/lib/ingest/parseBulletins.ts";

const twoMonths = readFileSync("tests/fixtures/bulletins/two-months.txt", "utf8");

const closing = (period: string, calls = "100", eapps = "200") =>
  `During ${period}, ${calls} calls were received by the Call Center of SMS.\nDuring ${period}, ${eapps} e-applications were received for registration.`;
const bulletin = (period: string, registrations = "27328") =>
  `Legal migration\n- Applications on registration of foreigners and stateless persons upon place of stay in the Republic of Azerbaijan – ${registrations}\n${closing(period)}`;

describe("parseBulletins", () => {
  const { bulletins, problems } = parseBulletins(twoMonths);

  it("names each bulletin by the lines that close it, newest first", () => {
    expect(problems).toEqual([]);
    expect(bulletins.map((b) => [b.period.id, b.from, b.to])).toEqual([
      ["unlabeled", 1, 3],
      ["2024-03", 4, 11],
      ["2024-01", 12, 15],
    ]);
  });

  it("keeps the opening block without a period apart, flagged", () => {
    expect(bulletins[0]!.period).toMatchObject({ kind: "unknown", flags: ["unknown-period"] });
    expect(bulletins[0]!.figures.map((f) => [f.metric, f.value])).toEqual([["applications.total", 1500], ["calls.received", 1000], ["applications.other", 500]]);
  });

  it("reads every number format: 27329, 5,261 and 1.826", () => {
    const march = bulletins[1]!.figures.map((f) => [f.metric, f.value, f.raw, f.line]);
    expect(march).toEqual([
      ["stay.registration-applications", 27329, "27329", 5],
      ["irregular.decisions", 1826, "1.826", 7],
      ["irregular.no-expulsion", 844, "844", 8],
      ["irregular.employment", 71, "71", 9],
      ["calls.received", 5261, "5,261", 10],
      ["eservices.applications", 13577, "13577", 11],
    ]);
  });

  it("lists the year of each closing line as a number that is not a figure", () => {
    expect(bulletins[1]!.omissions).toEqual([
      { token: "2024", line: 10, reason: "period-label", note: "part of the period name in a closing line" },
      { token: "2024", line: 11, reason: "period-label", note: "part of the period name in a closing line" },
    ]);
  });

  it("maps two figures and an article number on the entry-ban detail line", () => {
    const line = "590 decisions on infringement of the requirements of Article 16.1.8 (unpaid fine) and 25 decisions for infringement of the requirements of other Articles of the Migration Code.";
    const [b] = parseBulletins(`Legal migration\n${line}\n${closing("May of 2024")}`).bulletins;
    expect(b!.figures.slice(0, 2).map((f) => [f.metric, f.value])).toEqual([
      ["irregular.entry-ban.migration-code.unpaid-fine", 590],
      ["irregular.entry-ban.migration-code.other", 25],
    ]);
    expect(b!.omissions[0]).toMatchObject({ token: "16.1.8", reason: "legal-reference" });
  });

  it("keeps two bulletins with the same label apart, in file order, and flags both", () => {
    const { bulletins: twins } = parseBulletins(`${bulletin("August of 2023", "100")}\n${bulletin("August of 2023", "200")}`);
    expect(twins.map((b) => [b.period.id, b.period.label, b.period.flags, b.figures[0]!.value])).toEqual([
      ["2023-08-a", "August 2023 (first bulletin)", ["duplicate-label"], 100],
      ["2023-08-b", "August 2023 (second bulletin)", ["duplicate-label"], 200],
    ]);
  });

  it("reads cumulative periods and years from the closing lines", () => {
    const ids = parseBulletins([bulletin("9 months of 2024"), bulletin("6 months of 2024"), bulletin("2023")].join("\n")).bulletins.map((b) => b.period.id);
    expect(ids).toEqual(["2024-9m", "2024-h1", "2023"]);
  });
});

describe("parseBulletins on text it cannot read", () => {
  const problemsOf = (text: string) => parseBulletins(text).problems.map((p) => `${p.line}: ${p.message}`);

  it("reports an unknown period name with its line", () => {
    expect(problemsOf(bulletin("Autumn of 2024"))).toEqual([
      '3: unknown period name "Autumn of 2024": use e.g. "November of 2024", "9 months of 2024", "6 months of 2024" or "2023"',
    ]);
  });

  it("reports closing lines that name different periods", () => {
    expect(problemsOf(`Legal migration\nDuring May of 2024, 5 calls were received by the Call Center.\nDuring June of 2024, 6 e-applications were received.`)).toEqual([
      "3: the closing lines name different periods (2024-05 and 2024-06)",
    ]);
  });

  it("reports a line whose number no phrasing maps", () => {
    expect(problemsOf(`Legal migration\n- Applications on something new – 42\n${closing("May of 2024")}`)).toEqual(["2: this line names a number that no known phrasing maps to a metric"]);
  });

  it("reports a figure that does not parse", () => {
    expect(problemsOf(bulletin("May of 2024", "1234,567"))).toEqual(['2: "1234,567" is not a number as the bulletins write them (27328, 827,352 or 747.107)']);
  });

  it("reports a later bulletin without closing lines", () => {
    expect(problemsOf(`${bulletin("May of 2024")}\nLegal migration\n- Applications on registration of foreigners and stateless persons upon place of stay – 5`)).toEqual([
      "5: this bulletin has no closing lines naming its period (During <period>, N calls …)",
    ]);
  });

  it("reports text it does not understand", () => {
    expect(problemsOf(`${bulletin("May of 2024")}\nSee you next month`)).toEqual(["5: this line was not understood"]);
  });
});

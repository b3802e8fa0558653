import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { reportBareClaims } from "../../src/remark/bareClaims.ts";
import { CLAIM_WORDS } from "../../src/remark/claimWords.ts";
import { narrativeFailure, renderNarrative } from "../helpers/narrative.ts";

/** The bare claim words of `markdown`, each with its line and column. */
function bareClaims(markdown: string, headline = false): string[] {
  const file = new VFile({ value: markdown });
  reportBareClaims(unified().use(remarkParse).use(remarkDirective).parse(file), file, { headline });
  return file.messages.map((m) => `${m.line}:${m.column} ${/^"([^"]+)"/.exec(m.reason)![1]}`);
}

describe("bare claim words", () => {
  it("finds a direction, a rank, a count and an equality written bare next to a figure, at their line and column", () => {
    expect(bareClaims("Registrations rose to :fig[stay.applications].\nIt was the largest line; :fig[decisions.total] were all fines, the same as :fig[decisions.fine].")).toEqual([
      "1:15 rose",
      "2:12 largest",
      "2:53 all",
      "2:68 same",
    ]);
  });

  it("stops the narrative with the word and how to guard it", () => {
    expect(narrativeFailure("Registrations fell to :fig[stay.applications].")).toMatch(
      /2024-01\.md:1:15.*"fell" says how figures compare, but nothing checks it: put it in a claim the build tests, e\.g\. :claim\[fell\]/,
    );
  });

  it("lets the same word through inside a claim that checks it", () => {
    expect(renderNarrative("Registrations :claim[rose]{is=up of=stay.applications vs=2024-02} to :fig[stay.applications].")).toContain("Registrations rose to");
  });

  it("reads only sentences that cite a figure or a period, except in a headline", () => {
    expect(bareClaims("The two bulletins rose in number. Calls came to :fig[calls.received].")).toEqual([]);
    expect(bareClaims("The two bulletins rose in number.", true)).toEqual(["1:19 rose"]);
  });

  it("allows the listed phrasings, which no figure can make false", () => {
    expect(bareClaims("Expulsions made up :fig[decisions.expulsion], :share[decisions.expulsion]{of=decisions.total} of all decisions, in the first half of the year; the lines above add up to :fig[decisions.total].")).toEqual([]);
  });

  it("reads words in links and emphasis, and ignores words that only contain a claim word", () => {
    expect(bareClaims("*Most* of the :fig[decisions.total] were [upheld](https://example.org), an allusion to :period[2024-01].")).toEqual(["1:2 most"]);
  });
});

describe("bare claim words in the other editions", () => {
  it("find the inflected forms of a language by their stems", () => {
    const file = new VFile({ value: "Число обращений выросло до :fig[stay.applications], а решений стало меньше." });
    reportBareClaims(unified().use(remarkParse).use(remarkDirective).parse(file), file, { vocabulary: CLAIM_WORDS.ru });
    expect(file.messages.map((m) => /^"([^"]+)"/.exec(m.reason)![1])).toEqual(["выросло", "меньше"]);
  });

  it("let a language's allowed phrasings through", () => {
    const file = new VFile({ value: "2024-cü ilin birinci yarısında :fig[stay.applications] müraciət qeydə alınıb." });
    reportBareClaims(unified().use(remarkParse).use(remarkDirective).parse(file), file, { vocabulary: CLAIM_WORDS.az });
    expect(file.messages).toEqual([]);
  });
});

describe("bare claim words after a capital İ", () => {
  it("keep the allowed phrasings in place, though İ lowers to two characters", () => {
    const file = new VFile({ value: "İlin birinci yarısında :fig[stay.applications] müraciət qeydə alınıb." });
    reportBareClaims(unified().use(remarkParse).use(remarkDirective).parse(file), file, { vocabulary: CLAIM_WORDS.az });
    expect(file.messages).toEqual([]);
  });
});

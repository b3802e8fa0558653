import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { checkNarratives } from "../../src/remark/checkNarratives.ts";
import { FIXTURE_NARRATIVES } from "../helpers/fixtureSite.ts";
import { FIXTURE_MODEL } from "../helpers/narrative.ts";

const GOOD = readFileSync(join(FIXTURE_NARRATIVES, "2024-01.md"), "utf8");
const context = { model: FIXTURE_MODEL, base: "/" };

/** A folder holding the given files, removed after the test. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sms-narratives-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("checkNarratives", () => {
  it("finds nothing wrong with a sound narrative, and leaves hidden files alone", () => {
    expect(checkNarratives(folder({ "2024-01.md": GOOD, ".2024-01.md.swp": "binary junk" }), "period", context, "/")).toEqual([]);
  });

  it("lists every problem of every file, each with its line and column", () => {
    const broken = GOOD.replace(":fig[decisions.total] decisions", ":fig[decisions.totl] decisions").replace("This narrative belongs", "<b>This</b> narrative belongs");
    const problems = checkNarratives(folder({ "2024-01.md": broken, "2024-02.MD": GOOD }), "period", context, "/");
    expect(problems.map((p) => p.replace(/^.*?(\d{4}-\d{2}\.(md|MD))/, "$1").split(": ")[0])).toEqual(["2024-01.md:8:1", "2024-01.md:8:8", "2024-01.md:23:28", "2024-02.MD:1:1"]);
  });

  it("holds the headline and the summary to their claims, at the line and column of the word", () => {
    const text = GOOD.replace("title: A made-up month for the tests of the build", "title: Registrations fall in a made-up month").replace(
      "summary: Registrations reached",
      "summary: Registrations :claim[rose]{is=down of=stay.applications vs=2024-02} to",
    );
    const problems = checkNarratives(folder({ "2024-01.md": text }), "period", context, "/").map((p) => p.replace(/^.*?2024-01\.md/, "2024-01.md"));
    expect(problems).toEqual([
      expect.stringMatching(/^2024-01\.md:2:22: in the title, "fall" says how figures compare, but nothing checks it/),
      expect.stringMatching(/^2024-01\.md:3:24: in the summary, :claim\[rose\]: the claim "rose" \(is=down\) no longer holds: stay\.applications is 27,328 in January 2024 against 19,155 in February 2024/),
    ]);
  });

  it("checks year summaries against the years the data cover", () => {
    const problems = checkNarratives(folder({ "2019.md": GOOD }), "year", context, "/");
    expect(problems).toEqual([expect.stringMatching(/2019\.md:1:1: the data have no period in 2019/)]);
  });
});

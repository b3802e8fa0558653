import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadDataset } from "../../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../../src/lib/model/siteModel.ts";
import { RenderingDigests, waitFor } from "../../../src/lib/narratives/renderingDigests.ts";
import { checkNarratives } from "../../../src/remark/checkNarratives.ts";
import { FIXTURE_NARRATIVES } from "../../helpers/fixtureSite.ts";
import { mutatedFixture } from "../../helpers/fixture.ts";
import { FIXTURE_MODEL } from "../../helpers/narrative.ts";

const GOOD = readFileSync(join(FIXTURE_NARRATIVES, "2024-01.md"), "utf8");

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sms-renderings-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The rendering digests checkNarratives records for `files` against `model`. */
function digestsOf(dir: string, model = FIXTURE_MODEL): RenderingDigests {
  const renderings = new RenderingDigests();
  expect(checkNarratives(dir, "period", { model, base: "/" }, "/", renderings)).toEqual([]);
  return renderings;
}

/** The fixture's model with one row of observations.csv edited. */
const withRow = (row: string, edited: string) => buildSiteModel(loadDataset(mutatedFixture("observations.csv", (csv) => csv.replace(row, edited))));

describe("RenderingDigests", () => {
  it("gives a narrative a digest that follows the figures it shows, and only those", () => {
    const dir = folder({ "2024-01.md": GOOD });
    const before = digestsOf(dir).get(dir, GOOD);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(digestsOf(dir).get(dir, GOOD)).toBe(before);
    // A value the narrative shows changes its digest; one it does not show leaves it.
    expect(digestsOf(dir, withRow("2024-01,stay.applications,27328,27328,", "2024-01,stay.applications,27329,27329,")).get(dir, GOOD)).not.toBe(before);
    expect(digestsOf(dir, withRow(`2018-h1,foreigners.registered,827352,"827,352",`, `2018-h1,foreigners.registered,827353,"827,353",`)).get(dir, GOOD)).toBe(before);
  });

  it("is kept by folder and text: another folder, or another text, has none", () => {
    const dir = folder({ "2024-01.md": GOOD });
    const digests = digestsOf(dir);
    expect(digests.get(folder({}), GOOD)).toBeUndefined();
    expect(digests.get(dir, `${GOOD}\n`)).toBeUndefined();
  });

  it("gives none to one text that resolves two ways in one folder, so that the loader falls back", () => {
    const renderings = new RenderingDigests();
    const tree = (text: string) => ({ type: "root" as const, children: [{ type: "text" as const, value: text }] });
    renderings.add("/narratives", "same text", tree("27,328"));
    renderings.add("/narratives", "same text", tree("27,328"));
    renderings.add("/other", "same text", tree("27,328"));
    expect(renderings.get("/narratives", "same text")).toBeDefined();
    renderings.add("/narratives", "same text", tree("27,329"));
    renderings.add("/narratives", "same text", tree("27,328"));
    expect(renderings.get("/narratives", "same text")).toBeUndefined();
    expect(renderings.get("/other", "same text")).toBeDefined();
  });

  it("leaves out where the nodes stand in the file", () => {
    const at = (line: number) => ({ type: "root" as const, children: [{ type: "text" as const, value: "x", position: { start: { line, column: 1 }, end: { line, column: 2 } } }] });
    const renderings = new RenderingDigests();
    renderings.add("/a", "one", at(1));
    renderings.add("/b", "one", at(9));
    expect(renderings.get("/a", "one")).toBe(renderings.get("/b", "one"));
  });

  it("comes back as it was written, and reads as empty from a file that is missing or broken", () => {
    const dir = folder({ "2024-01.md": GOOD });
    const digests = digestsOf(dir);
    const file = join(folder({}), "digests.json");
    digests.write(file);
    expect(RenderingDigests.read(file).get(dir, GOOD)).toBe(digests.get(dir, GOOD));
    expect(existsSync(join(dir, "missing.json"))).toBe(false);
    expect(RenderingDigests.read(join(dir, "missing.json")).get(dir, GOOD)).toBeUndefined();
    writeFileSync(file, "{ not json");
    expect(RenderingDigests.read(file).get(dir, GOOD)).toBeUndefined();
    expect(RenderingDigests.read(undefined).get(dir, GOOD)).toBeUndefined();
  });

  it("is written whole, leaving no partial file beside it", () => {
    const dir = folder({});
    new RenderingDigests().write(join(dir, "digests.json"));
    expect(readdirSync(dir)).toEqual(["digests.json"]);
  });
});

describe("waitFor", () => {
  it("returns once another process has written the file, and fails, naming it, when none does in time", async () => {
    const file = join(folder({}), "digests.json");
    const writer = spawn(process.execPath, ["-e", `setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(file)}, "{}"), 300)`]);
    const written = new Promise((done) => writer.on("close", done));
    expect(existsSync(file)).toBe(false);
    expect(waitFor(file, 20_000)).toBe(file);
    await written;
    expect(() => waitFor(join(folder({}), "never.json"), 100)).toThrow(/never\.json was not written within 0\.1 s/);
  });
});


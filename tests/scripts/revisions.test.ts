import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildFixture } from "../helpers/fixtureSite.ts";
import { ingest, setUp } from "../helpers/ingestFixture.ts";

const page = (dist: string, path: string) => parseHTML(readFileSync(join(dist, path, "index.html"), "utf8")).document;

describe("a revised figure, from ingest to the pages", () => {
  it("ingest --replace records it, the period page shows it beside the value, /revisions/ and the feed list it", () => {
    const { root, data, input } = setUp();
    const run = ingest(input, data, "--apply", "--replace", "--reason", "A later bulletin prints 27,400 for January", "--date", "2026-12-02");
    expect(run.status, run.stderr).toBe(0);

    const inputs = { root, data, narratives: join(root, "narratives"), years: join(root, "years"), dist: join(root, "dist") };
    mkdirSync(inputs.narratives);
    mkdirSync(inputs.years);
    const build = buildFixture(inputs, { REPORT_SKIP_CARDS: "1" });
    expect(build.status, build.stderr).toBe(0);

    const january = page(inputs.dist, "periods/2024-01");
    const row = january.querySelector('tr[id="fig-stay.registration-applications"]');
    expect(row?.querySelector("td.num data")?.textContent).toBe("27,400");
    expect(row?.querySelector("td.num .revised-tag")?.textContent).toBe("revised");
    expect(row?.querySelector("th .revised")?.textContent?.replace(/\s+/g, " ").trim()).toBe("Revised 2 December 2026 (revision by the source); was 27,328. A later bulletin prints 27,400 for January");
    // No other figure is marked.
    expect(january.querySelectorAll(".revised-tag")).toHaveLength(1);
    const dates = [...january.querySelectorAll(".meta time")].map((t) => t.getAttribute("datetime"));
    expect(dates.slice(0, 2)).toEqual(["2026-01-10", "2026-12-02"]);

    const rows = [...page(inputs.dist, "revisions").querySelectorAll("table.revisions tbody tr")];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.querySelector("th a")?.getAttribute("href")).toBe("/periods/2024-01/#fig-stay.registration-applications");
    expect(rows[0]!.querySelector("td.num")?.textContent).toBe("27,328 → 27,400");
    // In another edition, in its words, with the reason as written (in English, and marked so).
    const az = page(inputs.dist, "az/revisions").querySelector("table.revisions tbody tr");
    expect(az?.querySelector("td.num")?.textContent).toBe("27.328 → 27.400");
    expect(az?.querySelector('td[lang="en"]')?.textContent).toBe("A later bulletin prints 27,400 for January");

    const feed = parseHTML(readFileSync(join(inputs.dist, "feed.xml"), "utf8")).document;
    const [first] = [...feed.querySelectorAll("item")];
    expect(first?.querySelector("title")?.textContent).toMatch(/^Revised: .*, January 2024$/);
    expect(first?.querySelector("pubDate")?.textContent).toBe("Wed, 02 Dec 2026 00:00:00 GMT");
    expect(first?.querySelector("guid")?.textContent).toMatch(/\/periods\/2024-01\/#fig-stay\.registration-applications$/);
  }, 300_000);
});

import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../helpers/builtSite.ts";

/**
 * The periods each annual summary must list, checked by hand against the dataset: page
 * periods by the year of their last day, with the comparison periods and snapshots their
 * pages print. The undated block belongs to no year.
 */
const YEARS: Record<string, { periods: string[]; complete: boolean }> = {
  "2024": { periods: ["2024-02", "2024-04", "2024-05", "2024-07", "2024-08", "2024-09", "2024-11", "2024-h1", "2024-9m"], complete: false },
  "2023": { periods: ["2023", "2023-08-a", "2023-08-b"], complete: true },
  "2021": { periods: ["2021", "2020"], complete: true },
  "2018": { periods: ["2018-h1", "2017-h1", "2018-07-01"], complete: false },
  "2011": { periods: ["2011"], complete: true },
};
const MONTHS_2024 = ["February 2024", "April 2024", "May 2024", "July 2024", "August 2024", "September 2024 (derived)", "November 2024"];

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? "";
const listed = (page: Document) => [...page.querySelectorAll(".coverage a[data-period]")].map((a) => a.getAttribute("data-period")!);

describe("/years/", () => {
  const page = builtPage("/years/");

  it("lists every year the data cover, newest first, each linked to its summary", () => {
    const links = [...page.querySelectorAll(".year-list h2 a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(Object.keys(YEARS).sort().reverse().map((y) => `/years/${y}/`));
  });

  it("says which years are incomplete", () => {
    for (const [year, { complete }] of Object.entries(YEARS)) {
      expect(text(page.querySelector(`li[data-year="${year}"] .year-status`)).startsWith(complete ? "Published as a whole" : "Incomplete")).toBe(true);
    }
  });

  it("is in the main menu of every page", () => {
    expect([...builtPage("/").querySelectorAll("nav[aria-label=Main] a")].map((a) => a.getAttribute("href"))).toContain("/years/");
  });
});

describe.each(Object.entries(YEARS))("/years/%s/", (year, expected) => {
  const page = builtPage(`/years/${year}/`);

  it("lists exactly the periods of the year, each linked to the page that shows it", () => {
    expect(listed(page).sort()).toEqual([...expected.periods].sort());
    for (const a of page.querySelectorAll(".coverage a[data-period]")) expect(a.getAttribute("href")).toMatch(/^\/periods\/[^/]+\/$/);
  });

  it(expected.complete ? "is not called incomplete" : "says clearly that the year is incomplete", () => {
    const warning = page.querySelector(".year-incomplete");
    if (expected.complete) {
      expect(warning).toBeNull();
    } else {
      expect(text(warning)).toContain(`${year} is incomplete: there is no figure for the whole year`);
      expect(text(page.querySelector(".cover-meta"))).toContain("incomplete, no figure for the whole year");
    }
  });

  it("has its summary, charts, tables and a table of contents that resolves", () => {
    expect(text(page.querySelector(".narrative")).length).toBeGreaterThan(500);
    expect(page.querySelectorAll("figure.chart-figure").length).toBeGreaterThan(0);
    expect(page.querySelectorAll(".year-tables .figure-table").length).toBeGreaterThan(0);
    const targets = [...page.querySelectorAll(".toc a")].map((a) => a.getAttribute("href")!.slice(1));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const id of targets) expect(page.getElementById(id), `#${id}`).not.toBeNull();
  });

  it("has a cover with the build date and an absolute permalink, and no PDF link in a plain build", () => {
    const cover = page.querySelector(".cover")!;
    expect(text(cover.querySelector("h1")).length).toBeGreaterThan(10);
    expect(text(cover)).toContain("15 January 2026");
    expect(cover.querySelector("a.permalink")?.getAttribute("href")).toMatch(new RegExp(`^https?://[^/]+/years/${year}/$`));
    expect(page.querySelector(".pdf-link")).toBeNull();
  });

  it("states its running title for print", () => {
    const style = [...page.querySelectorAll("style")].map((s) => s.textContent).join("\n");
    expect(style).toContain(`@top-left { content: "${year} · Annual summary`);
  });

  it("has a social card of its own", () => {
    const image = page.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
    expect(image).toMatch(new RegExp(`/cards/years/${year}\\.png$`));
    expect(existsSync(join(inject("siteDir"), "cards", "years", `${year}.png`))).toBe(true);
  });

  it("keeps no id twice", () => {
    const ids = [...page.querySelectorAll("[id]")].map((n) => n.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("/years/2024/", () => {
  const page = builtPage("/years/2024/");

  it("names the months and the cumulative periods that exist", () => {
    const entry = (term: string) => [...page.querySelectorAll(".coverage-entry")].find((e) => text(e.querySelector("dt")) === term);
    expect([...entry("Single months")!.querySelectorAll("a")].map(text)).toEqual(MONTHS_2024);
    expect([...entry("Cumulative periods")!.querySelectorAll("a")].map(text)).toEqual(["January–June 2024", "January–September 2024"]);
    expect(text(entry("The full year"))).toContain("not among the sources");
  });

  it("sets the months side by side in charts, with September drawn as computed and no cumulative period among them", () => {
    const monthly = [...page.querySelectorAll('[data-charts="months"] figure.chart-figure')];
    expect(monthly.length).toBeGreaterThanOrEqual(4);
    for (const figure of monthly) {
      const labels = [...figure.querySelectorAll("tbody th")].map(text);
      expect(labels.every((label) => MONTHS_2024.includes(label))).toBe(true);
      expect(text(figure.querySelector("tr.status-derived th"))).toBe("September 2024 (derived)");
      // Every month chart draws September as computed: the key says so once, above the group.
      expect(figure.querySelector(".chart-swatch-derived")).toBeNull();
    }
    expect(page.querySelector('[data-charts="months"] .chart-keys .chart-swatch-derived')).not.toBeNull();
    const cumulative = [...page.querySelectorAll('[data-charts="cumulative"] figure.chart-figure')];
    expect(cumulative.length).toBeGreaterThan(0);
  });

  it("has a table with the months as columns and a separate one for the cumulative periods", () => {
    const headers = (set: string) => [...page.querySelectorAll(`[data-tables="${set}"] .figure-table`)][0]!.querySelectorAll("thead th.num");
    expect([...headers("months")].map(text)).toEqual(MONTHS_2024);
    expect([...headers("cumulative")].map(text)).toEqual(["January–June 2024", "January–September 2024"]);
    expect(page.querySelector('[data-tables="full-year"]')).toBeNull();
  });

  it("shows no figure for the whole of 2024, made up or otherwise", () => {
    expect(page.querySelector('a[href="/periods/2024/"]')).toBeNull();
    expect([...page.querySelectorAll("th")].map(text)).not.toContain("2024");
    // No sum of the months, the way a made-up year total would be built, appears anywhere.
    const shown = new Set([...page.querySelectorAll("data")].map((d) => Number(d.getAttribute("value"))));
    for (const row of page.querySelectorAll('[data-tables="months"] tbody tr')) {
      const values = [...row.querySelectorAll("td.num data")].map((d) => Number(d.getAttribute("value")));
      const total = values.reduce((a, b) => a + b, 0);
      if (values.length > 1 && total > 0) expect(shown.has(total), `${row.id} adds up to ${total}`).toBe(false);
    }
  });

  it("carries the quality notes of its periods", () => {
    const notes = [...page.querySelectorAll(".quality-notes li")].map((li) => li.getAttribute("data-note"));
    expect(notes).toContain("breakdown-gap");
  });
});

describe("notes and comparisons on the other years", () => {
  it("shows the two August 2023 bulletins side by side, with the note on their shared label", () => {
    const page = builtPage("/years/2023/");
    expect([...page.querySelectorAll('[data-tables="months"] .figure-table')[0]!.querySelectorAll("thead th.num")].map(text)).toEqual([
      "August 2023 (first bulletin)",
      "August 2023 (second bulletin)",
    ]);
    expect(page.querySelector('[data-charts="months"]')).toBeNull();
    expect([...page.querySelectorAll(".quality-notes li")].map((li) => li.getAttribute("data-note"))).toContain("duplicate-label");
  });

  it("sets January–June 2018 beside January–June 2017 and shows the 1 July snapshot on its own", () => {
    const page = builtPage("/years/2018/");
    expect([...page.querySelectorAll('[data-tables="cumulative"] .figure-table')[0]!.querySelectorAll("thead th.num")].map(text)).toEqual([
      "January–June 2018",
      "January–June 2017",
    ]);
    expect(text(page.querySelector('[data-tables="2018-07-01"] h2'))).toContain("1 July 2018");
    expect(page.querySelector("#chart-2018-h1-change-2017-h1")).not.toBeNull();
    expect([...page.querySelectorAll(".quality-notes li")].map((li) => li.getAttribute("data-note"))).toContain("claim-mismatch");
  });

  it("shows 2021 and 2011 as single full-year periods", () => {
    for (const year of ["2021", "2011"]) {
      const page = builtPage(`/years/${year}/`);
      expect([...page.querySelectorAll("[data-tables]")].map((s) => s.getAttribute("data-tables"))).toEqual(["full-year"]);
      expect(page.querySelector('[data-charts="full-year"] figure.chart-figure')).not.toBeNull();
    }
  });
});

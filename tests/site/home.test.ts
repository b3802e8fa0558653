import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { editionMessages } from "../../src/lib/i18n/editions.ts";
import { builtPage } from "../helpers/builtSite.ts";

const siteDir = inject("siteDir");
const KEY_INDICATORS = [
  "stay.registration-applications",
  "residence.permit-applications",
  "citizenship.affiliation-applications",
  "irregular.decisions",
  "irregular.entry-ban",
  "calls.received",
  "eservices.applications",
];

describe("the home page", () => {
  it.each([["", "en"], ["az/", "az"], ["ru/", "ru"]] as const)("/%s charts the key indicators month by month, each linked to its page with its latest figure", (prefix, edition) => {
    const page = builtPage(`/${prefix}`);
    const items = [...page.querySelectorAll(".multiples > li")];
    expect(items.map((li) => li.getAttribute("data-metric"))).toEqual(KEY_INDICATORS);
    for (const li of items) {
      const metric = li.getAttribute("data-metric")!;
      expect(li.querySelector("h3 a")?.getAttribute("href")).toBe(`/${prefix}indicators/${metric}/`);
      expect(Number(li.querySelector(".multiple-figure data")?.getAttribute("value"))).toBeGreaterThan(0);
      expect(li.querySelector(".multiple-change")?.textContent, metric).toMatch(/\d/);
      const svg = li.querySelector('svg[role="img"]');
      expect(svg?.getAttribute("aria-label"), metric).toBeTruthy();
      const marks = [...svg!.querySelectorAll("g.chart-value > rect")];
      expect(marks.length, metric).toBeGreaterThanOrEqual(2);
      for (const mark of marks) expect(mark.querySelector("title")?.textContent, metric).toMatch(/\d/);
    }
    // Every multiple shares one time axis: the same two ends under each.
    const ends = new Set(items.map((li) => [...li.querySelectorAll("svg text")].map((t) => t.textContent).join("|")));
    expect(ends.size).toBe(1);
    // What the shading means is written once, above the charts.
    const gapKey = editionMessages(edition).charts.gaps.keyLine["no-bulletin"];
    expect([...page.querySelectorAll(".chart-keys .chart-key-name")].filter((k) => k.textContent === gapKey)).toHaveLength(1);
    expect(page.querySelectorAll(".multiples g.chart-gap-key")).toHaveLength(0);
  });

  it("gives the latest month, the change against the previous month with a bulletin of its own, in words from the data", () => {
    // 27,328 in November 2024 against 40,800 in August 2024 (September is computed, October has no bulletin).
    const item = builtPage("/").querySelector('.multiples > li[data-metric="stay.registration-applications"]')!;
    expect(item.querySelector(".multiple-figure")?.textContent).toBe("27,328 applications in November 2024");
    expect(item.querySelector(".multiple-change")?.textContent).toBe("down 33.0% on August 2024");
    const titles = [...item.querySelectorAll("g.chart-gap title")].map((t) => t.textContent);
    expect(titles).toContain("October 2024: no bulletin among the sources");
  });

  it("opens with the latest period's headline, says what it added, and lists every period by year", () => {
    const page = builtPage("/");
    expect(page.querySelector(".latest-headline a")?.getAttribute("href")).toBe("/periods/2024-11/");
    expect(page.querySelector("#changes")?.textContent).toBe("What November 2024 added");
    expect(page.querySelector("#changes + ul li")?.textContent).toMatch(/^\d+ figures for November 2024, from /);
    const years = [...page.querySelectorAll(".year-list h3 a")].map((a) => a.getAttribute("href"));
    expect(years).toEqual(["/years/2024/", "/years/2023/", "/years/2021/", "/years/2018/", "/years/2011/"]);
    expect(page.querySelectorAll(".year-list li a[href='/periods/2024-11/']")).toHaveLength(1);
  });
});

describe("gaps on charts", () => {
  it.each([["", "en"], ["az/", "az"], ["ru/", "ru"]] as const)("/%scharts/*.svg: every shaded gap has a <title> with its reason, and each reason is keyed once", (prefix, edition) => {
    const key = editionMessages(edition).charts.gaps.key;
    let charted = 0;
    for (const file of readdirSync(join(siteDir, prefix, "charts")).filter((f) => f.endsWith(".svg"))) {
      const { document } = parseHTML(readFileSync(join(siteDir, prefix, "charts", file), "utf8"));
      const bands = [...document.querySelectorAll("g.chart-gap > rect")];
      if (bands.length === 0) continue;
      charted++;
      const reasons = new Set(bands.map((b) => Object.values(key).find((words) => b.querySelector("title")?.textContent?.endsWith(`: ${words}`))));
      expect(reasons.has(undefined), `${file}: a band without its reason`).toBe(false);
      expect([...document.querySelectorAll(".chart-gap-key text")].map((t) => t.textContent).sort(), file).toEqual([...reasons].sort());
    }
    expect(charted).toBeGreaterThan(10);
  });

  it("draws a month's comparison with earlier months against time, the missing October shaded", () => {
    const svg = builtPage("/periods/2024-11/").querySelector("#chart-2024-11-compare-calls\\.received svg")!;
    expect(svg.getAttribute("aria-label")).toMatch(/^Bar chart over time: /);
    expect([...svg.querySelectorAll("g.chart-gap title")].map((t) => t.textContent)).toContain("October 2024: no bulletin among the sources");
  });
});

import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPage, figureCell } from "../helpers/builtSite.ts";

/**
 * A handful of figures per period, checked by hand against the SMS texts: they travel from
 * the dataset through the loader and the page templates into the built HTML.
 * [metric, text shown, column] — column 1 is the comparison period where there is one.
 */
const EXPECTED: Record<string, [string, string, number?][]> = {
  "2024-11": [["stay.registration-applications", "27,328"], ["irregular.decisions", "1,826"], ["irregular.entry-ban.migration-code.unpaid-fine", "590"], ["calls.received", "5,261"], ["eservices.applications", "13,577"]],
  "2024-9m": [["stay.registration-applications", "296,007"], ["residence.permit-applications", "54,929"], ["irregular.decisions", "16,526"], ["calls.received", "58,038"], ["eservices.applications", "111,592"]],
  "2024-09": [["stay.registration-applications", "32,735"], ["calls.received", "5,882"], ["irregular.decisions", "2,073"], ["eservices.applications", "14,309"]],
  "2024-08": [["stay.registration-applications", "40,800"], ["citizenship.affiliation-applications", "1,216"], ["irregular.host-officials", "1"], ["calls.received", "6,791"]],
  "2024-07": [["stay.registration-applications", "57,969"], ["irregular.decisions", "2,378"], ["calls.received", "7,577"], ["eservices.applications", "18,493"]],
  "2024-h1": [["stay.registration-applications", "164,503"], ["residence.permit-applications", "33,536"], ["irregular.decisions", "9,415"], ["calls.received", "37,788"], ["eservices.applications", "64,356"]],
  "2024-05": [["stay.registration-applications", "31,184"], ["irregular.decisions", "1,765"], ["calls.received", "7,022"], ["eservices.applications", "12,975"]],
  "2024-04": [["stay.registration-applications", "23,847"], ["irregular.decisions", "1,598"], ["calls.received", "6,927"], ["eservices.applications", "9,398"]],
  "2024-02": [["stay.registration-applications", "19,155"], ["irregular.decisions", "1,464"], ["irregular.entry-ban.migration-code.unpaid-fine", "392"], ["calls.received", "6,268"], ["eservices.applications", "8,329"]],
  "2023": [["stay.registration-applications", "372,185"], ["residence.permit-applications", "82,363"], ["irregular.decisions", "23,089"], ["calls.received", "90,565"], ["eservices.applications", "136,090"]],
  "2023-08-a": [["stay.registration-applications", "23,224"], ["irregular.decisions", "1,842"], ["calls.received", "6,117"], ["eservices.applications", "7,376"]],
  "2023-08-b": [["stay.registration-applications", "27,985"], ["irregular.decisions", "2,108"], ["calls.received", "9,160"], ["eservices.applications", "6,916"]],
  unlabeled: [["applications.total", "38,318"], ["stay.registration-applications", "21,102"], ["calls.received", "6,148"], ["applications.other", "458"], ["irregular.decisions", "1,612"]],
  "2021": [["entries.foreigners", "791,983"], ["entries.foreigners.claimed-change", "\u22120.5%"], ["calls.received", "112,805"], ["readmission.readmitted", "420"], ["asan-index.score", "92.78%"]],
  "2018-h1": [["foreigners.registered", "827,352"], ["foreigners.registered", "747,107", 1], ["calls.received", "51,394"], ["calls.received", "46,992", 1], ["residence.permanent-granted", "1,487", 1], ["calls.received.claimed-change", "+10%"]],
  "2011": [["residence.stay-and-residence-applications", "41,801"], ["work-permits.applications", "12,450"], ["irregular.violators", "12,530"], ["irregular.violators.expelled", "2,004"]],
};

describe.each(Object.entries(EXPECTED))("/periods/%s/", (id, figures) => {
  const page = builtPage(`/periods/${id}/`);

  it.each(figures)("shows %s as %s", (metric, text, column = 0) => {
    const cell = figureCell(page, metric, column);
    expect(cell.text).toBe(text);
    expect(Number(cell.value)).toBe(Number(text.replace(/[,%+]/g, "").replace("\u2212", "-")));
  });

  it("cites a source line for every figure", () => {
    const rows = [...page.querySelectorAll(".figure-table tbody tr")];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.querySelector("td.cite a")?.textContent).toMatch(/line \d+/);
  });

  it("has a title of at most 65 characters, the headline in full in its <h1> and social title, and a resolved one-sentence description", () => {
    const h1 = page.querySelector("h1")!.textContent!;
    expect(h1.length).toBeGreaterThan(10);
    const title = page.querySelector("head > title")?.textContent ?? "";
    expect([...title].length).toBeLessThanOrEqual(65);
    // The headline when it fits, the period otherwise.
    expect(title.startsWith(h1) || title.startsWith(page.querySelector(".eyebrow")!.textContent!.split(" · ")[0]!)).toBe(true);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute("content")).toContain(h1);
    expect(page.querySelector(".eyebrow")?.textContent).toBeTruthy();
    const description = page.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    expect(description).toMatch(/\w.*[.!?]$/);
    expect(description).not.toMatch(/:[a-z]+\[/);
  });
});

describe("period pages in context", () => {
  const link = (id: string, rel: "prev" | "next") => builtPage(`/periods/${id}/`).querySelector(`a[rel="${rel}"]`)?.getAttribute("href");

  it("walks the time axis with cumulative periods after the months they contain", () => {
    expect(link("2024-11", "prev")).toBe("/periods/2024-9m/");
    expect(link("2024-9m", "prev")).toBe("/periods/2024-09/");
    expect(link("2024-09", "prev")).toBe("/periods/2024-08/");
    expect(link("2024-11", "next")).toBeUndefined();
    expect(link("2024-h1", "prev")).toBe("/periods/2024-05/");
    expect(link("2024-h1", "next")).toBe("/periods/2024-07/");
    expect(link("2023-08-a", "next")).toBe("/periods/2023-08-b/");
    expect(link("2023-08-b", "next")).toBe("/periods/2023/");
    expect(link("2011", "prev")).toBeUndefined();
  });

  it("says plainly that both August 2023 labels are ambiguous, and links the twins", () => {
    for (const [id, twin] of [["2023-08-a", "2023-08-b"], ["2023-08-b", "2023-08-a"]]) {
      const notice = builtPage(`/periods/${id}/`).querySelector(".notice-warning");
      expect(notice?.textContent).toMatch(/ambiguous at the source/);
      expect(notice?.querySelector("a")?.getAttribute("href")).toBe(`/periods/${twin}/`);
    }
  });

  it("keeps the undated block off the time axis and says why", () => {
    const page = builtPage("/periods/unlabeled/");
    expect(page.querySelector(".notice-warning")?.textContent).toMatch(/does not say which period/);
    expect(page.querySelector('a[rel="prev"], a[rel="next"]')).toBeNull();
  });

  it("shows the 2018 snapshot of 1 July in its own section", () => {
    const page = builtPage("/periods/2018-h1/");
    expect(page.querySelector("#companion-2018-07-01")?.textContent).toContain("1 July 2018");
    expect(page.querySelector('tr[id="2018-07-01-residents.temporary"] data')?.textContent).toBe("32,648");
  });

  it("lists every period on /periods/ and leads from home to the latest", () => {
    const ids = [...builtPage("/periods/").querySelectorAll("tbody th a")].map((a) => a.getAttribute("href"));
    expect(ids).toHaveLength(Object.keys(EXPECTED).length);
    for (const id of Object.keys(EXPECTED)) expect(ids).toContain(`/periods/${id}/`);
    expect(builtPage("/").querySelector("#latest a")?.getAttribute("href")).toBe("/periods/2024-11/");
  });

  it("presents the Service on /about/ with its figures from the dataset", () => {
    const page = builtPage("/about/");
    expect(page.querySelector(".lede time")?.getAttribute("datetime")).toBe("2007-03-19");
    expect(page.querySelector('tr[id="about-structure.regional-departments"] data')?.textContent).toBe("7");
    expect(page.querySelector('tr[id="about-eservices.directions"] data')?.textContent).toBe("16");
  });

  it("resolves every internal link to a built page", () => {
    const pages = ["/", "/periods/", "/about/", "/sources/", "/notes/", ...Object.keys(EXPECTED).map((id) => `/periods/${id}/`)];
    for (const path of pages) {
      for (const a of builtPage(path).querySelectorAll("a[href^='/']")) {
        const [target, fragment] = a.getAttribute("href")!.split("#");
        if (!target!.endsWith("/")) {
          expect(existsSync(join(inject("siteDir"), target!)), `${path} -> ${target}`).toBe(true);
          continue;
        }
        const linked = builtPage(target!);
        if (fragment) expect(linked.getElementById(fragment), `${path} -> #${fragment}`).not.toBeNull();
      }
    }
  });
});

describe("dates and revisions", () => {
  it("gives every period page the day its figures were first published here, and says none has changed since", () => {
    const page = builtPage("/periods/2024-11/");
    const terms = [...page.querySelectorAll(".meta dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(terms).toContainEqual(["First published here", "23 November 2026"]);
    expect(terms).toContainEqual(["Figures last changed", "unchanged since first published"]);
    expect(page.querySelectorAll(".revised, .revised-tag")).toHaveLength(0);
  });

  it("says plainly on /revisions/, in every edition, that nothing has been revised", () => {
    for (const prefix of ["", "az/", "ru/"]) {
      const page = builtPage(`/${prefix}revisions/`);
      expect(page.querySelector(".revisions-none")?.textContent, prefix).toBeTruthy();
      expect(page.querySelector("table.revisions"), prefix).toBeNull();
    }
    expect(builtPage("/revisions/").querySelector(".revisions-none")?.textContent).toBe("Nothing has been revised: every figure stands as this report first published it.");
  });
});

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { inject } from "vitest";

/** The built page at `path` (e.g. "/periods/2024-11/") as a DOM document. */
export function builtPage(path: string): Document {
  const file = join(inject("siteDir"), path, path.endsWith(".html") ? "" : "index.html");
  if (!existsSync(file)) throw new Error(`no built page at ${path} (${file})`);
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** The figure shown in the row of `metric` on a period page: its text and its machine value. */
export function figureCell(page: Document, metric: string, column = 0): { text: string; value: string } {
  const row = page.querySelector(`tr[id="fig-${metric}"]`);
  if (!row) throw new Error(`no row for ${metric}`);
  const data = row.querySelectorAll("td.num")[column]?.querySelector("data");
  if (!data) throw new Error(`no figure in column ${column} of ${metric}`);
  return { text: data.textContent ?? "", value: data.getAttribute("value") ?? "" };
}

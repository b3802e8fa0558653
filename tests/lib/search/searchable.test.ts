import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { describe, expect, it, onTestFinished } from "vitest";
import { searchable } from "../../../src/lib/search/searchable.ts";

const page = (main: string, lang = "en") =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{"a":"<main data-pagefind-body>"}</script></head>` +
  `<body><nav><a href="/">Home</a></nav>${main}<footer>Footer</footer></body></html>`;
const cut = (main: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>${main}</body></html>`;

describe("searchable", () => {
  it("keeps the <html> tag and the element marked data-pagefind-body, and nothing around them", () => {
    expect(searchable(page('<main data-pagefind-body data-pagefind-meta="title:A"><h1>A</h1><p>B</p></main>'))).toBe(
      cut('<main data-pagefind-body data-pagefind-meta="title:A"><h1>A</h1><p>B</p></main>'),
    );
  });

  it("leaves out charts, style sheets and ignored elements, nested ones whole", () => {
    const main =
      '<main data-pagefind-body><h1>A</h1><style>.x>.y{}</style><figure><svg class="chart"><style>:where(.chart){}</style><g><svg><text>7</text></svg></g></svg><figcaption>C</figcaption></figure>' +
      '<details data-pagefind-ignore><summary>Data</summary><details><summary>Inner</summary></details><table><tr><td>7</td></tr></table></details><p>B</p></main>';
    expect(searchable(page(main))).toBe(cut('<main data-pagefind-body><h1>A</h1><figure><figcaption>C</figcaption></figure><p>B</p></main>'));
  });

  it("keeps an ignored element whole when Pagefind reads something inside it", () => {
    const main = '<main data-pagefind-body><section data-pagefind-ignore><span data-pagefind-filter="kind">monthly</span></section><p>B</p></main>';
    expect(searchable(page(main))).toBe(cut(main));
  });

  it("reads tags past their quoted attributes, where a hostile label can hold markup", () => {
    const main =
      `<main data-pagefind-body data-pagefind-meta="title:A </main><svg> data-pagefind-ignore" title='x <style> y'>` +
      `<p title="<details data-pagefind-ignore>">B</p><div><div>C</div></div></main>`;
    expect(searchable(page(main))).toBe(cut(main));
  });

  it("reads the body inside elements of its own name, and comments as they are", () => {
    const main = '<div class="page" data-pagefind-body><div>A<!-- <svg> </div> --></div><p>B</p></div>';
    expect(searchable(page(`${main}<div>after</div>`))).toBe(cut(main));
  });

  it("gives nothing for a page without data-pagefind-body, and names what a broken page leaves open", () => {
    expect(searchable(page("<main><p>B</p></main>"))).toBeUndefined();
    expect(() => searchable('<html><body><main data-pagefind-body><p>B</p>')).toThrow(/<main> marked data-pagefind-body is never closed/);
    expect(() => searchable('<html><body><main data-pagefind-body><style>p{}')).toThrow(/<style> that opens at character \d+ of a page is never closed/);
  });

  it("gives Pagefind what it reads of the whole page: the index of the copies is the index of the pages", async () => {
    const root = mkdtempSync(join(tmpdir(), "sms-searchable-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const pages: Record<string, string> = {
      "periods/2024-11/index.html": page(
        '<main data-pagefind-body data-pagefind-meta="title:November 2024"><h1 id="top">November 2024</h1><p>Residence permits rose.</p>' +
          '<figure><svg><text>27,328</text></svg><figcaption>Permits</figcaption></figure><details data-pagefind-ignore><table><tr><td>27,328</td></tr></table></details>' +
          '<section data-pagefind-ignore><h2 id="cite">Cite this</h2></section><h2 id="notes">Notes</h2><p>A note.</p></main>',
      ),
      "az/periods/2024-11/index.html": page('<main data-pagefind-body data-pagefind-meta="title:Noyabr 2024"><h1>Noyabr 2024</h1><p>İcazələr artıb.</p></main>', "az"),
      "404.html": page("<main><h1>Not found</h1></main>"),
    };
    const index = async (name: string, copy: (html: string) => string) => {
      for (const [file, html] of Object.entries(pages)) {
        mkdirSync(dirname(join(root, name, file)), { recursive: true });
        writeFileSync(join(root, name, file), copy(html));
      }
      const { index } = await pagefind.createIndex();
      await index!.addDirectory({ path: join(root, name) });
      await index!.writeFiles({ outputPath: join(root, `${name}-index`) });
      const out = join(root, `${name}-index`);
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      return Object.fromEntries(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((file) => [file.slice(out.length + 1), readFileSync(file).toString("base64")]));
    };
    try {
      const whole = await index("whole", (html) => html);
      const copies = await index("copies", (html) => searchable(html) ?? "");
      expect(Object.keys(whole).some((file) => file.startsWith("fragment/"))).toBe(true);
      expect(copies).toEqual(whole);
    } finally {
      await pagefind.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { spacedOut } from "../../../src/lib/search/spacedOut.ts";

describe("spacedOut", () => {
  it("puts a space between an element and the element after it", () => {
    expect(spacedOut("<dl><dt>Counted in</dt><dd>decisions</dd></dl>")).toBe("<dl><dt>Counted in</dt> <dd>decisions</dd></dl>");
    expect(spacedOut('<td><data value="5251">5,251</data><span class="unit">decisions</span></td><td>line 165</td>')).toBe(
      '<td><data value="5251">5,251</data> <span class="unit">decisions</span></td> <td>line 165</td>',
    );
  });

  it("leaves text that follows a tag, and closing tags in a row, as they are", () => {
    expect(spacedOut('<p><a href="#f"><data value="777">777-si</data></a>, and</p>')).toBe('<p><a href="#f"><data value="777">777-si</data></a>, and</p>');
  });

  it("does not touch tags written inside an attribute's value", () => {
    const hostile = `<main data-pagefind-meta="title:A </script><script>alert(1)</script>" title='x </b><i> y'><h1>A</h1><p>B</p></main>`;
    expect(spacedOut(hostile)).toBe(`<main data-pagefind-meta="title:A </script><script>alert(1)</script>" title='x </b><i> y'><h1>A</h1> <p>B</p></main>`);
  });
});

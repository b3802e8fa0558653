import { describe, expect, it } from "vitest";
import { bibtexText, cssString, escapeXml, jsonForScript } from "../../src/lib/escape.ts";

const PAYLOAD = `</script><img src=x onerror="alert(1)"> & 'q' ]]>`;

describe("escapeXml", () => {
  it("escapes the five characters XML gives meaning to, and nothing else", () => {
    expect(escapeXml(PAYLOAD)).toBe("&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;q&apos; ]]&gt;");
    expect(escapeXml("ə ğ ş – 27,328")).toBe("ə ğ ş – 27,328");
  });
});

describe("jsonForScript", () => {
  it("keeps the JSON's meaning while no character can end or change a script element", () => {
    const value = { name: PAYLOAD, line: "a\u2028b\u2029c", comment: "<!-- x -->" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("cssString", () => {
  it("quotes text for CSS, escaping quotes and backslashes and flattening line breaks", () => {
    expect(cssString("2024 · Annual summary")).toBe('"2024 · Annual summary"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });

  it("writes < as a CSS escape, so that no text can close the style element", () => {
    expect(cssString("x</style><script>")).toBe('"x\\3c /style>\\3c script>"');
  });
});

describe("bibtexText", () => {
  it("turns TeX's special characters into literals", () => {
    expect(bibtexText("Calls & e_applications: 5% of {all} #1 $x")).toBe("Calls \\& e\\_applications: 5\\% of \\{all\\} \\#1 \\$x");
    expect(bibtexText("\\input{/etc/passwd} ~ ^")).toBe("\\textbackslash{}input\\{/etc/passwd\\} \\textasciitilde{} \\textasciicircum{}");
  });
});

import { describe, expect, it } from "vitest";
import { narrativeFailure as failure, renderNarrative } from "../helpers/narrative.ts";

describe("the narrative plugin", () => {
  it("renders figure references inside the text", () => {
    expect(renderNarrative("Registrations: :fig[stay.applications].")).toContain('<data value="27328">27,328</data>');
  });
});

describe("what a narrative may hold, as the plugin enforces it", () => {
  it.each([
    ["a script element", "Text <script>alert(1)</script> more.", /1:6.*raw HTML is not allowed/],
    ["an iframe", '<iframe src="https://example.org"></iframe>', /1:1.*raw HTML is not allowed/],
    ["an event handler", 'A <b onclick="x()">bold</b> word.', /1:3.*raw HTML is not allowed/],
    ["an image", "![chart](https://example.org/x.png)", /1:1.*images are not allowed/],
    ["a javascript: link", "[click](javascript:alert(1))", /1:1.*link target "javascript:alert\(1\)" is not allowed/],
  ])("refuses %s, at its line and column", (_, markdown, message) => {
    expect(failure(markdown)).toMatch(message);
  });
});


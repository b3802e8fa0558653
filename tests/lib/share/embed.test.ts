import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { embedSnippet, type ChartEmbed } from "../../../src/lib/share/embed.ts";

const PAYLOAD = `</code></pre><script>alert(1)</script><img src=x onerror="alert(2)"> & 'q' "`;

const embed: ChartEmbed = {
  image: "https://example.org/sms-report/charts/2024-11-parts-x.2026-01-15.svg",
  alt: "Bar chart: November 2024: decisions, by kind. The largest part is A.",
  width: 460,
  height: 340,
  title: "November 2024: decisions, by kind",
  link: "https://example.org/sms-report/periods/2024-11/#chart-2024-11-parts-x",
  citation: "Report (2026). “November 2024: decisions, by kind”. https://example.org/sms-report/periods/2024-11/#chart-2024-11-parts-x (version built 2026-01-15).",
};

/** The snippet as an article would hold it, pasted into a page. */
const pasted = (snippet: string) => parseHTML(`<!doctype html><html><body>${snippet}</body></html>`).document;

describe("embedSnippet", () => {
  it("writes a figure: the dated image with its size and text alternative, the title linking back, the citation", () => {
    expect(embedSnippet(embed)).toBe(
      [
        "<figure>",
        `  <img src="https://example.org/sms-report/charts/2024-11-parts-x.2026-01-15.svg" alt="Bar chart: November 2024: decisions, by kind. The largest part is A." width="460" height="340" style="max-width: 100%; height: auto">`,
        `  <figcaption><a href="https://example.org/sms-report/periods/2024-11/#chart-2024-11-parts-x">November 2024: decisions, by kind</a><br><small>Report (2026). “November 2024: decisions, by kind”. https://example.org/sms-report/periods/2024-11/#chart-2024-11-parts-x (version built 2026-01-15).</small></figcaption>`,
        "</figure>",
      ].join("\n"),
    );
  });

  it("keeps hostile words as text: pasted, the snippet holds one image, no script, and every word as given", () => {
    const hostile = { ...embed, alt: `alt ${PAYLOAD}`, title: `title ${PAYLOAD}`, citation: `citation ${PAYLOAD}`, link: `${embed.link}"><script>` };
    const document = pasted(embedSnippet(hostile));
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelectorAll("img")).toHaveLength(1);
    expect([...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((name) => name.startsWith("on"))).toEqual([]);
    const img = document.querySelector("figure > img")!;
    expect(img.getAttribute("src")).toBe(embed.image);
    expect(img.getAttribute("alt")).toBe(hostile.alt);
    const link = document.querySelector("figcaption > a")!;
    expect(link.getAttribute("href")).toBe(hostile.link);
    expect(link.textContent).toBe(hostile.title);
    expect(document.querySelector("figcaption > small")!.textContent).toBe(hostile.citation);
  });
});

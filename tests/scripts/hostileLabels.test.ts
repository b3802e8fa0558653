import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFormat, csvParse } from "d3-dsv";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { launchBrowser } from "../../scripts/browser.ts";
import { serveStatic } from "../../scripts/serveStatic.ts";
import { buildFixture, fixtureInputs, type FixtureInputs } from "../helpers/fixtureSite.ts";

/**
 * Every string of a small dataset, and a narrative's title and summary, set to text that
 * would break out of its context if any output were written unescaped: HTML elements and
 * attributes, a script element, XML text and attributes, CDATA, JSON. The site must build,
 * show each payload as text, and stay well-formed everywhere.
 */
const PAYLOAD = `</script><script>alert(1)</script><img src=x onerror="alert(2)"> & 'q' ]]> <!--`;
/** A payload marked with where it was put, so that its appearance can be traced back. */
const hostile = (field: string) => `${field.toUpperCase()} ${PAYLOAD}`;

/** The title and summary are Markdown, where "<" starts markup (refused): a writer escapes it to mean the character. */
const markdownText = (text: string) => text.replace(/</g, "\\<");

type Entry = Record<string, unknown>;
const mapYaml = (path: string, edit: (value: Entry) => void) => {
  const value = parse(readFileSync(path, "utf8")) as Entry;
  edit(value);
  writeFileSync(path, stringify(value));
};

function poison(inputs: FixtureInputs): void {
  const file = (name: string) => join(inputs.data, name);
  mapYaml(file("documents.yaml"), (docs) => {
    for (const d of docs as unknown as Entry[]) Object.assign(d, { short: hostile(`short-${d.id}`), title: hostile(`title-${d.id}`), kind: hostile(`kind-${d.id}`) });
  });
  mapYaml(file("periods.yaml"), (periods) => {
    for (const p of periods as unknown as Entry[]) Object.assign(p, { label: hostile(`label-${p.id}`), source_label: hostile(`source-${p.id}`), note: hostile(`note-${p.id}`) });
  });
  mapYaml(file("metrics.yaml"), (metrics) => {
    for (const g of metrics.groups as Entry[]) g.label = hostile(`group-${g.id}`);
    for (const u of metrics.units as Entry[]) Object.assign(u, { one: hostile(`one-${u.id}`), other: hostile(`other-${u.id}`) });
    for (const m of metrics.metrics as Entry[]) Object.assign(m, { label: hostile(`metric-${m.id}`), definition: hostile(`definition-${m.id}`) });
  });
  mapYaml(file("institution.yaml"), (facts) => {
    (facts.founded as Entry).instrument = hostile("instrument");
  });
  const observations = csvParse(readFileSync(file("observations.csv"), "utf8"));
  for (const o of observations) o.note = hostile(`obs-note-${o.period}-${o.metric}`);
  writeFileSync(file("observations.csv"), `${csvFormat(observations, observations.columns)}\n`);
  // The other editions' texts of the dataset, poisoned alike (their labels mark the edition).
  for (const edition of ["az", "ru"]) {
    mapYaml(file(`editions/${edition}.yaml`), (texts) => {
      const each = (section: string, value: (id: string) => unknown) => {
        texts[section] = Object.fromEntries(Object.keys(texts[section] as Entry).map((id) => [id, value(id)]));
      };
      each("groups", (id) => hostile(`${edition}-group-${id}`));
      each("units", (id) => ({ ...((texts.units as Record<string, Entry>)[id]), other: hostile(`${edition}-other-${id}`), label: hostile(`${edition}-unit-${id}`) }));
      each("metrics", (id) => ({ label: hostile(`${edition}-metric-${id}`), definition: hostile(`${edition}-definition-${id}`) }));
      each("periods", (id) => ({ label: hostile(`${edition}-label-${id}`), source_label: hostile(`${edition}-source-${id}`), note: hostile(`${edition}-note-${id}`) }));
      each("documents", (id) => ({ short: hostile(`${edition}-short-${id}`), title: hostile(`${edition}-title-${id}`), kind: hostile(`${edition}-kind-${id}`) }));
      texts.observations = Object.fromEntries(observations.map((o) => [`${o.period}|${o.metric}`, { note: hostile(`${edition}-obs-note-${o.period}-${o.metric}`) }]));
      texts.founded = { instrument: hostile(`${edition}-instrument`) };
    });
  }
  const narrative = join(inputs.narratives, "2024-01.md");
  const text = readFileSync(narrative, "utf8").replace(/^title: .*$/m, `title: ${JSON.stringify(markdownText(hostile("headline")))}`).replace(/^summary: .*$/m, `summary: ${JSON.stringify(`${markdownText(hostile("summary"))} with :fig[stay.applications]`)}`);
  writeFileSync(narrative, text);
}

let site: string;
let files: string[];
const read = (file: string) => readFileSync(join(site, file), "utf8");
const page = (path: string) => parseHTML(read(join(path, "index.html"))).document;

// The fixture's folder is removed after the file's tests, and also when its build fails.
let removeFixture = () => {};
afterAll(() => removeFixture());

beforeAll(() => {
  const inputs = fixtureInputs((remove) => (removeFixture = remove));
  poison(inputs);
  const result = buildFixture(inputs);
  if (result.status !== 0) throw new Error(`the hostile fixture did not build:\n${result.stdout.slice(-3000)}\n${result.stderr}`);
  site = inputs.dist;
  files = readdirSync(site, { recursive: true, encoding: "utf8" }).sort();
}, 300_000);

describe("a dataset whose every text is hostile", () => {
  it("builds pages, charts, feeds and downloads", () => {
    for (const kind of [".html", ".svg", ".xml", ".json", ".csv"]) expect(files.filter((f) => f.endsWith(kind)).length, kind).toBeGreaterThan(0);
  });

  it("ships no script element but JSON-LD and the search page's own, and no event-handler attribute or injected element", () => {
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const { document } = parseHTML(read(file));
      const own = /^(az\/|ru\/)?search\/index\.html$/.test(file);
      for (const script of document.querySelectorAll("script")) {
        if (own && script.getAttribute("type") === "module") expect(script.getAttribute("src"), file).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        else expect(script.getAttribute("type"), file).toBe("application/ld+json");
      }
      expect(document.querySelectorAll("img").length, file).toBe(0);
      for (const element of document.querySelectorAll("*"))
        for (const { name } of element.attributes) expect(name.startsWith("on"), `${file}: <${element.localName} ${name}>`).toBe(false);
    }
  });

  it("keeps every HTML page valid", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const report = await validator.validateFile(join(site, file));
      // The payload makes every title long; length is a style rule, not a parse error.
      problems.push(...report.results.flatMap((r) => r.messages.filter((m) => m.ruleId !== "long-title").map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
    }
    expect(problems).toEqual([]);
  });

  it("writes every SVG and XML file as well-formed XML, the payload as text", () => {
    const xml = files.filter((f) => f.endsWith(".svg") || f.endsWith(".xml"));
    for (const file of xml) expect(XMLValidator.validate(read(file)), file).toBe(true);
    const chart = files.find((f) => f.startsWith("charts/") && f.endsWith(".svg"))!;
    const title = new XMLParser().parse(read(chart)).svg.title as string;
    expect(title).toContain(PAYLOAD);
    const feed = new XMLParser().parse(read("feed.xml")).rss.channel.item as { title: string; description: string }[];
    expect(feed.find((i) => i.title.includes("HEADLINE"))?.title).toContain(PAYLOAD);
    expect(feed.find((i) => i.description.includes("SUMMARY"))?.description).toContain(`${PAYLOAD} with 27,328`);
  });

  it("writes JSON files and JSON-LD that parse back to the payload", () => {
    for (const file of files.filter((f) => f.endsWith(".json"))) expect(() => JSON.parse(read(file)), file).not.toThrow();
    const metrics = JSON.parse(read("data/metrics.json")) as { label: string }[];
    expect(metrics.every((m) => m.label.endsWith(PAYLOAD))).toBe(true);
    const ld = JSON.parse(page("periods/2024-01").querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.name).toContain(`HEADLINE ${PAYLOAD}`);
    expect(ld.description).toContain(`SUMMARY ${PAYLOAD}`);
  });

  it("writes each chart's embed snippet so that, pasted into an article, it holds the payload as text and one image", () => {
    const figures = [...page("periods/2024-01").querySelectorAll("figure.chart-figure")];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const snippet = parseHTML(`<!doctype html><html><body>${figure.querySelector(".chart-embed code")!.textContent}</body></html>`).document;
      expect(snippet.querySelectorAll("script")).toHaveLength(0);
      expect(snippet.querySelectorAll("img")).toHaveLength(1);
      expect([...snippet.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((name) => name.startsWith("on"))).toEqual([]);
      const title = figure.querySelector(".chart-title")!.textContent!;
      expect(title).toContain(PAYLOAD);
      expect(snippet.querySelector("figcaption > a")!.textContent).toBe(title);
      expect(snippet.querySelector("img")!.getAttribute("alt")).toContain(PAYLOAD);
      expect(snippet.querySelector("figcaption > small")!.textContent).toContain(title);
    }
  });

  it("quotes the payload in the CSV downloads so that it reads back whole", () => {
    const rows = csvParse(read("data/observations.csv"));
    expect(rows.find((r) => r.period === "2024-01" && r.metric === "decisions.total")).toMatchObject({ metric_label: hostile("metric-decisions.total"), period_label: hostile("label-2024-01") });
  });

  it("quotes the payload in the SDMX-CSV notes, and in the data package's chart titles, so that both read back whole", () => {
    const rows = csvParse(read("data/sdmx.csv"));
    expect(rows.find((r) => r.REPORTING_PERIOD === "2024-01" && r.INDICATOR === "decisions.total")?.COMMENT_OBS).toBe(hostile("obs-note-2024-01-decisions.total"));
    const ruRows = csvParse(read("ru/data/sdmx.csv"));
    expect(ruRows.find((r) => r.REPORTING_PERIOD === "2024-01" && r.INDICATOR === "decisions.total")?.COMMENT_OBS).toBe(hostile("ru-obs-note-2024-01-decisions.total"));
    const descriptor = JSON.parse(read("datapackage.json")) as { resources: { name: string; description?: string }[] };
    expect(descriptor.resources.some((r) => r.name.startsWith("chart-") && r.description?.includes(PAYLOAD))).toBe(true);
  });

  it("shows each payload as text where its label is shown", () => {
    const period = page("periods/2024-01");
    expect(period.querySelector("h1")!.textContent).toBe(hostile("headline"));
    expect(period.querySelector('meta[name="description"]')!.getAttribute("content")).toContain(`SUMMARY ${PAYLOAD} with 27,328`);
    expect(period.querySelector(`tr[id="fig-decisions.total"]`)!.textContent).toContain(hostile("metric-decisions.total"));
    expect(page("indicators/decisions.total").querySelector("h1")!.textContent).toContain(hostile("metric-decisions.total"));
    expect(page("sources").body.textContent).toContain(hostile("title-bulletin"));
    expect(page("about").body.textContent).toContain(hostile("instrument"));
    expect(page("periods").body.textContent).toContain(hostile("label-2024-h1"));
  });

  it("shows the payload as text in the search's results, and runs none of it", async () => {
    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const dialogs: string[] = [];
      tab.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await tab.goto(`${server.url}search/`, { waitUntil: "load" });
      await tab.getByRole("searchbox").fill("alert");
      await tab.locator(".search-results ol li").first().waitFor();
      const titles = await tab.locator(".search-results ol a").allTextContents();
      expect(titles.some((title) => title.includes(PAYLOAD)), JSON.stringify(titles)).toBe(true);
      expect(await tab.locator(".search-results img, .search-results script, .search-results li p > :not(mark)").count()).toBe(0);
      expect(await tab.locator(".search-results mark").count()).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import type { Dataset } from "../../src/lib/dataset/types.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";
import { narrativeFailure, renderNarrative } from "../helpers/narrative.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** The fixture with one figure changed, and its model. */
function withValue(period: string, metric: string, value: number) {
  return withFigures([period, metric, value]);
}

type Row = readonly [period: string, metric: string, value: number];
type Change = (dataset: Dataset) => Dataset;

/** These figures set: changed where the dataset has them, added where not. */
const figures =
  (...rows: Row[]): Change =>
  (dataset) => {
    let observations = [...dataset.observations];
    for (const [period, metric, value] of rows) {
      const cited = observations.find((o) => o.period === period) ?? observations[0]!;
      const changed = { ...cited, period, metric, value, raw: String(value) };
      const at = observations.findIndex((o) => o.period === period && o.metric === metric);
      observations = at < 0 ? [...observations, changed] : observations.with(at, changed);
    }
    return { ...dataset, observations };
  };

/** A bulletin period added after the others, made from `like` with new dates. */
const period =
  (id: string, like: string, start: string, end: string): Change =>
  (dataset) => ({ ...dataset, periods: [...dataset.periods, { ...dataset.periods.find((p) => p.id === like)!, id, label: id, start, end }] });

function withFigures(...rows: Row[]) {
  return buildSiteModel(figures(...rows)(fixture));
}

const modelOf = (...changes: Change[]) => buildSiteModel(changes.reduce((dataset, change) => change(dataset), fixture));

// January 2024: registrations 27,328 (February 19,155); decisions 1,826 = expulsions 844 + fines 837 + 145 not itemised.
const CLAIMS: [string, string, { period: string; metric: string; value: number }][] = [
  ["a rise", "Registrations :claim[rose]{is=up of=stay.applications vs=2024-02} to :fig[stay.applications].", { period: "2024-01", metric: "stay.applications", value: 19000 }],
  ["a fall", "In February they :claim[fell]{is=down of=stay.applications vs=2024-01 period=2024-02}.", { period: "2024-02", metric: "stay.applications", value: 30000 }],
  ["one figure above another", "Expulsions, :fig[decisions.expulsion], were :claim[more]{is=more of=decisions.expulsion than=decisions.fine} than fines.", { period: "2024-01", metric: "decisions.fine", value: 900 }],
  ["the largest part", "Expulsions were :claim[the largest part]{is=largest of=decisions.expulsion among=parts} of the :fig[decisions.total] decisions.", { period: "2024-01", metric: "decisions.fine", value: 844 }],
];

describe(":claim", () => {
  it.each(CLAIMS)("renders the words of %s as written while the data bear them out", (_, markdown) => {
    const words = /:claim\[([^\]]*)\]/.exec(markdown)![1]!;
    expect(renderNarrative(markdown)).toContain(words);
  });

  it.each(CLAIMS)("stops the build at file:line:column when one value makes %s false", (_, markdown, change) => {
    const model = withValue(change.period, change.metric, change.value);
    let stopped = "";
    try {
      renderNarrative(`Intro.\n\n${markdown}`, { model });
    } catch (error) {
      stopped = String(error);
    }
    expect(stopped).toMatch(/2024-01\.md:3:\d+.*:claim\[[^\]]+\]: the claim ".*" \(is=\w+\) no longer holds: /);
  });

  it("holds a majority to more than half, and says which figures contradict one that is not", () => {
    // With a total of 1,600, expulsions (844) are more than half; with the fixture's 1,826 they are not.
    expect(renderNarrative(":claim[Most]{is=most of=decisions.expulsion in=decisions.total} decisions were expulsions.", { model: withValue("2024-01", "decisions.total", 1600) })).toContain("<p>Most decisions");
    // 844 of 1,826 is 46.2%: not more than half.
    expect(narrativeFailure(":claim[Most]{is=most of=decisions.expulsion in=decisions.total} decisions were expulsions.")).toMatch(
      /decisions\.expulsion is 844 in January 2024, not more than half of 1,826 \(decisions\.total\)/,
    );
  });

  it("checks every figure a claim names, and names the ones that break it", () => {
    expect(narrativeFailure("Both :claim[rose]{is=up of=stay.applications,decisions.total vs=2024-h1}.")).toMatch(/stay\.applications is 27,328 in January 2024 against 164,503 in First half of 2024; decisions\.total is 1,826/);
  });

  it.each([
    ["no test", ":claim[rose]{of=stay.applications vs=2024-02}", /say what the words claim with is=/],
    ["a test without its comparison", ":claim[rose]{is=up of=stay.applications}", /is=up needs vs=/],
    ["no words", ":claim[]{is=up of=stay.applications vs=2024-02}", /write the words the claim checks/],
    ["a number in its words", ":claim[rose by 500]{is=up of=stay.applications vs=2024-02}", /a claim's words hold no number/],
    ["an unknown metric", ":claim[rose]{is=up of=stay.aplications vs=2024-02}", /"stay\.aplications" is not a metric/],
  ])("refuses a claim with %s", (_, markdown, message) => {
    expect(narrativeFailure(markdown)).toMatch(message);
  });
});


// January 2024: registrations 27,328, decisions 1,826 = 844 expulsions + 837 fines + 145 not itemised.
// February 2024 is given decisions here: 1,200 = 500 expulsions + 700 fines.
const FEBRUARY = figures(["2024-02", "decisions.total", 1200], ["2024-02", "decisions.expulsion", 500], ["2024-02", "decisions.fine", 700]);
const none: Change = (dataset) => dataset;

/** Each test a claim can make: the claim, the period of its narrative, the data it holds on, and one change that makes it false. */
const TESTS: [test: string, markdown: string, page: string, holds: Change, breaks: Change][] = [
  ["against", "Decisions :claim[went the other way]{is=against of=decisions.total trend=stay.applications vs=2024-01}.", "2024-02", figures(["2024-02", "decisions.total", 2000]), figures(["2024-02", "decisions.total", 1800])],
  ["close", "Expulsions and fines were :claim[almost level]{is=close of=decisions.expulsion than=decisions.fine within=1}.", "2024-01", none, figures(["2024-01", "decisions.fine", 800])],
  ["largest by=fall", ":claim[Most of the fall]{is=largest by=fall of=decisions.expulsion among=decisions.total vs=2024-01} was in expulsions.", "2024-02", FEBRUARY, figures(["2024-02", "decisions.fine", 300])],
  ["largest among=periods", "Registrations were :claim[the highest of any month]{is=largest of=stay.applications among=periods}.", "2024-01", none, figures(["2024-02", "stay.applications", 30000])],
  ["smallest among=year", "February has :claim[the fewest registrations of any month of 2024]{is=smallest of=stay.applications among=year}.", "2024-02", none, figures(["2024-01", "stay.applications", 100])],
  ["largest with a margin", "Registrations were :claim[by far the largest line]{is=largest of=stay.applications among=all margin=10}.", "2024-01", none, figures(["2024-01", "decisions.total", 3000])],
  ["short over a year, with an exception", ":claim[Every month but February]{is=short of=decisions.total over=2024 except=2024-02} leaves decisions unitemised.", "2024-01", figures(["2024-02", "decisions.total", 1000], ["2024-02", "decisions.expulsion", 600], ["2024-02", "decisions.fine", 400]), figures(["2024-02", "decisions.fine", 300])],
  ["most, over a year", ":claim[Most months]{is=short of=decisions.total over=2024 holds=most} leave decisions unitemised.", "2024-01", none, figures(["2024-01", "decisions.fine", 982])],
  ["exact", "February's parts :claim[add up exactly]{is=exact of=decisions.total}.", "2024-02", FEBRUARY, figures(["2024-02", "decisions.fine", 699])],
  ["previous", "January, :claim[the latest earlier month]{is=previous vs=2024-01}.", "2024-02", none, period("2024-01-b", "2024-01", "2024-01-01", "2024-01-31")],
  ["latest", "February is :claim[the latest month of 2024]{is=latest} among the sources.", "2024-02", none, period("2024-03", "2024-02", "2024-03-01", "2024-03-31")],
  ["only, among its document", "This is :claim[the only half-year bulletin]{is=only among=document}.", "2024-h1", none, period("2023-h1", "2024-h1", "2023-01-01", "2023-06-30")],
  ["only, after a period", "The :claim[only later half-year]{is=only after=2018-h1} has its own page.", "2024-h1", none, period("2023-h1", "2024-h1", "2023-01-01", "2023-06-30")],
  ["only, among its year, several", ":claim[The only months of 2024 among the sources]{is=only among=year period=2024-01,2024-02} are these.", "2024-01", none, period("2024-03", "2024-02", "2024-03-01", "2024-03-31")],
  ["shared", "It shares :claim[just registrations and decisions]{is=shared of=stay.applications,decisions.total vs=2024-h1} with the half-year.", "2024-01", none, figures(["2024-h1", "decisions.fine", 5000])],
  ["unshared", "It has :claim[no figure in common]{is=unshared vs=2024-h1} with the half-year.", "2018-h1", none, figures(["2024-h1", "foreigners.registered", 1])],
  ["alike", ":claim[Only decisions are the same]{is=alike of=decisions.total vs=2024-01}.", "2024-02", figures(["2024-02", "decisions.total", 1826]), figures(["2024-02", "stay.applications", 27328])],
  // Registered foreigners: 827,352 against 747,107 is up 10.7%, which does not round to the stated 10%; against 752,000 it is up 10.0%, which does.
  ["disagrees", "The stated change :claim[does not round to the one its counts give]{is=disagrees of=foreigners.registered.claimed-change than=foreigners.registered}.", "2018-h1", none, figures(["2017-h1", "foreigners.registered", 752000])],
  ["agrees", "The stated change :claim[rounds to the one its counts give]{is=agrees of=foreigners.registered.claimed-change}.", "2018-h1", figures(["2017-h1", "foreigners.registered", 752000]), figures(["2017-h1", "foreigners.registered", 747107])],
  ["confined", "Registered foreigners :claim[appear nowhere else]{is=confined of=foreigners.registered vs=2017-h1}.", "2018-h1", none, figures(["2024-01", "foreigners.registered", 1])],
];

describe(":claim tests", () => {
  it.each(TESTS)("%s: renders the words while the data bear them out", (_, markdown, page, holds) => {
    const words = /:claim\[([^\]]*)\]/.exec(markdown)![1]!;
    expect(renderNarrative(markdown, { period: page, model: modelOf(holds) })).toContain(words);
  });

  it.each(TESTS)("%s: stops the build when one change makes the claim false", (_, markdown, page, holds, breaks) => {
    expect(() => renderNarrative(markdown, { period: page, model: modelOf(holds, breaks) })).toThrow(/the claim ".*" \(is=[\w-]+\) no longer holds: /);
  });

  it("says which period breaks a claim over a year, and which the exception wrongly fits", () => {
    const [, markdown, , holds] = TESTS.find(([test]) => test.startsWith("short over a year"))!;
    expect(() => renderNarrative(markdown, { model: modelOf(holds, figures(["2024-02", "decisions.fine", 300])) })).toThrow(/it holds in February 2024 too, which except= leaves out/);
    expect(() => renderNarrative(markdown, { model: modelOf(holds, figures(["2024-01", "decisions.fine", 982])) })).toThrow(/decisions\.total is 1,826 in January 2024 and its parts add up to 1,826/);
  });

  it("ranks a fall by its size, and names the part that fell further", () => {
    // Expulsions fell by 344 and fines, now, by 537.
    expect(() => renderNarrative(":claim[Most of the fall]{is=largest by=fall of=decisions.expulsion among=decisions.total vs=2024-01} was in expulsions.", { period: "2024-02", model: modelOf(FEBRUARY, figures(["2024-02", "decisions.fine", 300])) })).toThrow(/but decisions\.fine is 537/);
  });

  it("names the bulletin that is nearer than the one a claim calls the latest earlier", () => {
    expect(() => renderNarrative("January, :claim[the latest earlier month]{is=previous vs=2024-01}.", { period: "2024-02", model: modelOf(period("2024-01-b", "2024-01", "2024-01-01", "2024-01-31")) })).toThrow(/the latest earlier bulletin of its kind is 2024-01-b \(2024-01-b\), not January 2024/);
  });

  it.each([
    ["a rank without what it ranks among", ":claim[the largest]{is=largest of=stay.applications}", /is=largest needs among=/],
    ["among= naming nothing", ":claim[the largest]{is=largest of=stay.applications among=everything}", /among= takes "parts" or "all" or "periods" or "year" or <a total's metric id>/],
    ["by= without vs=", ":claim[the largest fall]{is=largest by=fall of=decisions.fine among=parts}", /by=fall needs vs=<period>/],
    ["over= and period= together", ":claim[every month]{is=short of=decisions.total over=2024 period=2024-01}", /either period= .* or over=/],
    ["over= with no bulletin", ":claim[every one]{is=short of=decisions.total over=2019}", /no bulletin period of 2019 has decisions\.total/],
    ["close without within=", ":claim[level]{is=close of=decisions.fine than=decisions.expulsion}", /is=close needs within=/],
    ["a number that is not a year", ":claim[in 12 months]{is=earliest}", /hold no number but a year/],
  ])("refuses %s", (_, markdown, message) => {
    expect(narrativeFailure(markdown)).toMatch(message);
  });

  it("lets a claim name a year in its words", () => {
    expect(renderNarrative("January is :claim[the earliest month of 2024]{is=earliest} here.")).toContain("the earliest month of 2024");
  });
});

import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/dataset/load.ts";
import { buildSiteModel } from "../../src/lib/model/siteModel.ts";
import { FIXTURE_DATASET } from "../helpers/fixture.ts";
import { narrativeFailure, renderNarrative } from "../helpers/narrative.ts";

const fixture = loadDataset(FIXTURE_DATASET);

/** The fixture with one figure changed, and its model. */
function withValue(period: string, metric: string, value: number) {
  return buildSiteModel({ ...fixture, observations: fixture.observations.map((o) => (o.period === period && o.metric === metric ? { ...o, value, raw: String(value) } : o)) });
}

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

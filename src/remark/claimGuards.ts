/**
 * The tests behind `:claim[words]{…}`: a word of a narrative whose truth depends on the data
 * ("rose", "more than", "the largest", "most of") is written inside a claim, with the test
 * it stands for. The build checks the test against the dataset every time, so that a new
 * figure can never leave the word false without stopping the build.
 *
 *   is=up|down|same   of=<metric>[,<metric>…] vs=<period>   every metric moved that way since vs
 *   is=more|fewer|as-many  of=<metric> than=<metric>        one figure against another, same period
 *   is=largest|smallest    of=<metric> among=parts          against the other parts of its total
 *   is=most                of=<metric> in=<metric>          more than half of the other figure
 */
import { formatNumber } from "../lib/format.ts";
import type { SiteModel } from "../lib/model/siteModel.ts";

export type ClaimTest = "up" | "down" | "same" | "more" | "fewer" | "as-many" | "largest" | "smallest" | "most";

export interface ClaimInput {
  is: ClaimTest;
  of: string[];
  /** The period the claim is about, and the one it compares with (direction tests). */
  at: string;
  vs?: string;
  than?: string;
  among?: string;
  in?: string;
}

/**
 * Why the claim does not hold on the data, with the figures that contradict it; undefined
 * when it holds. `value` looks a figure up and fails (stopping the build) when it is missing.
 */
export function claimContradiction(claim: ClaimInput, model: SiteModel, value: (metric: string, period: string) => number): string | undefined {
  const said = (metric: string, period: string) => `${metric} is ${formatNumber(value(metric, period))} in ${model.periods.get(period).label}`;
  switch (claim.is) {
    case "up":
    case "down":
    case "same": {
      const expected = { up: 1, down: -1, same: 0 }[claim.is];
      const wrong = claim.of.filter((metric) => Math.sign(value(metric, claim.at) - value(metric, claim.vs!)) !== expected);
      return wrong.length === 0 ? undefined : wrong.map((m) => `${said(m, claim.at)} against ${formatNumber(value(m, claim.vs!))} in ${model.periods.get(claim.vs!).label}`).join("; ");
    }
    case "more":
    case "fewer":
    case "as-many": {
      const [metric] = claim.of;
      const sign = Math.sign(value(metric!, claim.at) - value(claim.than!, claim.at));
      return sign === { more: 1, fewer: -1, "as-many": 0 }[claim.is] ? undefined : `${said(metric!, claim.at)} and ${said(claim.than!, claim.at)}`;
    }
    case "largest":
    case "smallest": {
      const [metric] = claim.of;
      const parent = model.metrics.get(metric!).parent;
      const siblings = model.figures.ofPeriod(claim.at).filter((f) => f.metric.parent === parent && f.metric.id !== metric);
      const mine = value(metric!, claim.at);
      const beaten = siblings.filter((f) => (claim.is === "largest" ? f.value >= mine : f.value <= mine));
      return beaten.length === 0 ? undefined : `${said(metric!, claim.at)}, but ${beaten.map((f) => `${f.metric.id} is ${formatNumber(f.value)}`).join(", ")}`;
    }
    case "most": {
      const [metric] = claim.of;
      return value(metric!, claim.at) * 2 > value(claim.in!, claim.at) ? undefined : `${said(metric!, claim.at)}, not more than half of ${formatNumber(value(claim.in!, claim.at))} (${claim.in})`;
    }
  }
}

/** The tests a claim can make, each with the attribute it needs besides `of`. */
export const CLAIM_NEEDS: Record<ClaimTest, "vs" | "than" | "among" | "in"> = {
  up: "vs",
  down: "vs",
  same: "vs",
  more: "than",
  fewer: "than",
  "as-many": "than",
  largest: "among",
  smallest: "among",
  most: "in",
};

export const CLAIM_TESTS = Object.keys(CLAIM_NEEDS) as ClaimTest[];

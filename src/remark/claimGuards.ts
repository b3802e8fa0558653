/**
 * The tests behind `:claim[words]{is=… }`: a word of a narrative whose truth depends on the
 * data ("rose", "more than", "the largest", "most of", "the only", "every bulletin but one")
 * is written inside a claim, with the test it stands for. The build runs the test on the
 * dataset every time, so that a new or corrected figure can never leave the word false
 * without stopping the build.
 *
 * Direction and comparison (every metric of `of`, every period of `period`, every one of `vs`):
 *   is=up|down|same        of=<metrics> vs=<periods>     each moved that way since vs
 *   is=more|fewer|as-many  of=<metric> than=<metric>     one figure against another, same period
 *                          of=<metric> vs=<periods>      or the same figure in other periods
 *   is=against             of=<metrics> trend=<metrics> vs=<period>   moved opposite to each trend metric
 *   is=close               of=<metric> than=<metric>|vs=<periods> within=<percent>
 *                          almost level: apart by no more than that percent of the other figure
 * Rank and share:
 *   is=largest|smallest    of=<metric> among=parts|<total>|all|periods|year [margin=<times>]
 *                          against the other parts of its total, every figure under a total
 *                          (at any depth), every count of the period, or the same figure in
 *                          every period of the same kind (in the same calendar year);
 *                          with by=rise|fall vs=<period>, ranks the change since then instead
 *   is=most                of=<metric> in=<metric>       more than half of the other figure
 * Breakdowns:
 *   is=short|exact         of=<total>                    its parts fall short of it / add up to it
 * Stated changes (a percent change the source prints, recomputed from its figures: claimChecks.ts):
 *   is=agrees|disagrees    of=<stated changes> [than=<metric>]  each rounds / does not round to
 *                          the change recomputed on that basis (on any basis the source offers, without than=)
 * Periods among the sources (bulletins of their own: computed periods do not count):
 *   is=previous|next       vs=<period>                   vs is the nearest one of the same kind
 *   is=earliest|latest                                   the first / last of its kind in its year
 *   is=only                [among=document|year] [after=<period>]   the only one of its kind (in
 *                          its document, in its calendar year, starting after that period); with
 *                          period= listing several, these are the only ones
 *   is=shared              of=<metrics> vs=<periods>     exactly these figures are in both
 *   is=unshared            vs=<periods>                  no figure is in both
 *   is=alike               of=<metrics> vs=<period>      exactly these figures are equal in both
 *                                                        (of=none: no figure is)
 *   is=confined            of=<metrics> [vs=<periods>]   no other period has these figures
 *
 * Counts: `period=` may list periods, or `over=<year>|all` take every bulletin period (of
 * that year) that has the figures of `of`; `holds=most` asks the test of more than half of
 * them instead of all; `except=<periods>` names periods where the test must not hold.
 */
import { claimChecks } from "../lib/derive/claimChecks.ts";
import { formatNumber } from "../lib/format.ts";
import type { Period } from "../lib/dataset/types.ts";
import type { SiteModel } from "../lib/model/siteModel.ts";
import { nearestBulletin } from "../lib/periods/timeline.ts";

type Attribute = "of" | "vs" | "than" | "among" | "in" | "trend" | "margin" | "after" | "within";

interface TestSpec {
  /** Attributes the test cannot do without (`than` or `vs` for more/fewer/close: see parseClaim). */
  needs: Attribute[];
}

const TESTS = {
  up: { needs: ["of", "vs"] },
  down: { needs: ["of", "vs"] },
  same: { needs: ["of", "vs"] },
  more: { needs: ["of"] },
  fewer: { needs: ["of"] },
  "as-many": { needs: ["of"] },
  against: { needs: ["of", "trend", "vs"] },
  close: { needs: ["of", "within"] },
  largest: { needs: ["of", "among"] },
  smallest: { needs: ["of", "among"] },
  most: { needs: ["of", "in"] },
  short: { needs: ["of"] },
  exact: { needs: ["of"] },
  previous: { needs: ["vs"] },
  next: { needs: ["vs"] },
  earliest: { needs: [] },
  latest: { needs: [] },
  only: { needs: [] },
  shared: { needs: ["of", "vs"] },
  unshared: { needs: ["vs"] },
  confined: { needs: ["of"] },
  alike: { needs: ["of", "vs"] },
  agrees: { needs: ["of"] },
  disagrees: { needs: ["of"] },
} satisfies Record<string, TestSpec>;

export type ClaimTest = keyof typeof TESTS;
export const CLAIM_TESTS = Object.keys(TESTS) as ClaimTest[];

/** The attributes a claim may carry, besides `is`. */
export const CLAIM_ATTRIBUTES = ["is", "of", "vs", "than", "among", "in", "trend", "within", "by", "margin", "after", "period", "over", "holds", "except"] as const;

export interface Claim {
  is: ClaimTest;
  of: string[];
  /** The periods the claim is about (the page's period by default). */
  periods: string[];
  vs: string[];
  than?: string;
  among?: string;
  in?: string;
  trend: string[];
  /** is=close: the largest gap, in percent of the other figure, still called close. */
  within?: number;
  /** Rank the change since `vs` (rise: the largest increase; fall: the largest decrease). */
  by?: "rise" | "fall";
  margin?: number;
  after?: string;
  holds: "all" | "most";
  except: string[];
}

/** Look-ups that fail (and stop the build at the directive) on an id or a figure the dataset lacks. */
export interface ClaimLookup {
  model: SiteModel;
  metric(id: string): string;
  period(id: string, attribute: string): string;
  value(metric: string, period: string): number;
  fail(message: string): never;
}

type Attributes = Record<string, string | null | undefined>;

const list = (value: string | null | undefined) => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : []);

/** A year of four digits is the one number a claim's words may hold ("every bulletin of 2024"). */
const NUMBER_IN_WORDS = /\d+/g;
const isYear = (digits: string) => /^(19|20)\d\d$/.test(digits);

/** The claim `attributes` describe, every id checked; `at` is the page's own period, if it has one. */
export function parseClaim(words: string, attributes: Attributes, at: string | undefined, lookup: ClaimLookup): Claim {
  const { fail } = lookup;
  if (!words) fail("write the words the claim checks in the brackets, e.g. :claim[rose]{is=up of=calls.received vs=2024-08}");
  if ([...words.matchAll(NUMBER_IN_WORDS)].some((m) => !isYear(m[0]))) fail("a claim's words hold no number but a year: give figures with :fig and computed ones with :change or :diff");
  const is = attributes.is as ClaimTest | undefined;
  if (!is || !CLAIM_TESTS.includes(is)) fail(`say what the words claim with is=…, one of ${CLAIM_TESTS.join(", ")}`);
  for (const needed of TESTS[is!].needs as Attribute[]) if (!attributes[needed]) fail(`is=${is} needs ${needed}=…`);
  if ((is === "more" || is === "fewer" || is === "as-many" || is === "close") && !attributes.than && !attributes.vs) fail(`is=${is} needs than=<metric> (another figure of the same period) or vs=<period> (the same figure elsewhere)`);

  const among = attributes.among ?? undefined;
  const amongAllowed = is === "only" ? ["document", "year"] : ["parts", "all", "periods", "year", "<a total's metric id>"];
  if (among !== undefined && !amongAllowed.includes(among) && (is === "only" || !lookup.model.metrics.find(among)))
    fail(`among= takes ${amongAllowed.map((a) => (a.startsWith("<") ? a : `"${a}"`)).join(" or ")} with is=${is}`);
  const holds = attributes.holds ?? "all";
  if (holds !== "all" && holds !== "most") fail('holds= takes "all" (the default) or "most" (more than half of the periods)');
  const margin = attributes.margin === undefined || attributes.margin === null ? undefined : Number(attributes.margin);
  if (margin !== undefined && !(margin > 1)) fail("margin= is how many times the next figure the largest is, a number above 1");
  const within = attributes.within ? Number(attributes.within) : undefined;
  if (within !== undefined && !(within > 0 && within < 100)) fail("within= is a percent of the other figure, above 0 and below 100");
  const by = attributes.by ?? undefined;
  if (by !== undefined && ((by !== "rise" && by !== "fall") || (is !== "largest" && is !== "smallest"))) fail('by= takes "rise" or "fall", and goes with is=largest or is=smallest');
  if (by && !attributes.vs) fail(`by=${by} needs vs=<period>, the period the change is taken from`);
  if (attributes.over && attributes.period) fail("give either period= (the periods the claim is about) or over= (every bulletin of a year, or all), not both");

  const of = is === "alike" && attributes.of === "none" ? [] : list(attributes.of).map(lookup.metric);
  const periodList = (attribute: string) => list(attributes[attribute]).map((id) => lookup.period(id, attribute));
  const except = periodList("except");
  let periods = attributes.over ? bulletinPeriods(lookup.model, attributes.over, of, is!, fail).filter((p) => !except.includes(p)) : periodList("period");
  if (periods.length === 0) periods = at ? [at] : fail("this summary covers no single period: name the period, e.g. {period=2024-11}");

  return {
    is: is!,
    of,
    periods,
    vs: periodList("vs"),
    than: attributes.than ? lookup.metric(attributes.than) : undefined,
    among,
    in: attributes.in ? lookup.metric(attributes.in) : undefined,
    trend: list(attributes.trend).map(lookup.metric),
    within,
    by: by as Claim["by"],
    margin,
    after: attributes.after ? lookup.period(attributes.after, "after") : undefined,
    holds: holds as Claim["holds"],
    except,
  };
}

/** Periods with a bulletin of their own, dated, in time order (computed periods and the undated block are not). */
function ownBulletins(model: SiteModel): readonly Period[] {
  return model.timeline.filter((p) => p.derivedFrom === undefined);
}

/**
 * `over=`: every bulletin period of a year (or of the whole dataset) that has all the figures
 * `of` names; for a test of breakdowns, only those that give the parts of the total too.
 */
function bulletinPeriods(model: SiteModel, over: string, of: string[], is: ClaimTest, fail: ClaimLookup["fail"]): string[] {
  if (over !== "all" && !isYear(over)) fail('over= takes a year (e.g. over=2024) or "all"');
  const itemises = (period: string) => is !== "short" && is !== "exact" ? true : model.figures.ofPeriod(period).some((f) => of.includes(f.metric.parent ?? ""));
  const periods = ownBulletins(model).filter((p) => (over === "all" || p.start!.startsWith(over)) && of.every((metric) => model.figures.get(p.id, metric)) && itemises(p.id));
  if (periods.length === 0) fail(`no bulletin period ${over === "all" ? "" : `of ${over} `}has ${of.join(", ")}`);
  return periods.map((p) => p.id);
}

/**
 * Why the claim does not hold on the data, with the figures that contradict it; undefined
 * when it holds.
 */
export function claimContradiction(claim: Claim, lookup: ClaimLookup): string | undefined {
  const failures = claim.periods.map((at) => [at, testAt(claim, at, lookup)] as const);
  const wrong = failures.filter(([, why]) => why !== undefined);
  const problems: string[] = [];
  if (claim.holds === "all") problems.push(...wrong.map(([, why]) => why!));
  else if (wrong.length * 2 >= failures.length)
    problems.push(`it holds in ${failures.length - wrong.length} of ${failures.length} periods, not more than half: ${wrong.map(([, why]) => why).join("; ")}`);
  for (const at of claim.except)
    if (testAt(claim, at, lookup) === undefined) problems.push(`it holds in ${lookup.model.periods.get(at).label} too, which except= leaves out`);
  return problems.length === 0 ? undefined : [...new Set(problems)].join("; ");
}

/** Why the claim's test fails in period `at`, or undefined when it passes there. */
function testAt(claim: Claim, at: string, lookup: ClaimLookup): string | undefined {
  const { model, value } = lookup;
  const label = (period: string) => model.periods.get(period).label;
  const said = (metric: string, period: string) => `${metric} is ${formatNumber(value(metric, period), model.m)} in ${label(period)}`;
  const [metric] = claim.of;
  const move = (m: string, vs: string) => Math.sign(value(m, at) - value(m, vs));
  const moved = (m: string, vs: string) => `${said(m, at)} against ${formatNumber(value(m, vs), model.m)} in ${label(vs)}`;
  const period = model.periods.get(at);

  switch (claim.is) {
    case "up":
    case "down":
    case "same":
    case "more":
    case "fewer":
    case "as-many": {
      const expected = { up: 1, more: 1, down: -1, fewer: -1, same: 0, "as-many": 0 }[claim.is];
      if (claim.than) return Math.sign(value(metric!, at) - value(claim.than, at)) === expected ? undefined : `${said(metric!, at)} and ${said(claim.than, at)}`;
      const wrong = claim.of.flatMap((m) => claim.vs.filter((vs) => move(m, vs) !== expected).map((vs) => moved(m, vs)));
      return wrong.length === 0 ? undefined : wrong.join("; ");
    }
    case "close": {
      const pairs = claim.than ? [[value(metric!, at), value(claim.than, at), `${said(metric!, at)} and ${said(claim.than, at)}`] as const] : claim.vs.map((vs) => [value(metric!, at), value(metric!, vs), moved(metric!, vs)] as const);
      const apart = pairs.filter(([a, b]) => Math.abs(a - b) > (Math.abs(b) * claim.within!) / 100);
      return apart.length === 0 ? undefined : `${apart.map(([, , why]) => why).join("; ")}: further apart than ${claim.within}%`;
    }
    case "against": {
      const [vs] = claim.vs;
      const wrong = claim.of.flatMap((m) => claim.trend.filter((t) => move(m, vs!) === 0 || move(m, vs!) !== -move(t, vs!)).map((t) => `${moved(m, vs!)}, while ${moved(t, vs!)}`));
      return wrong.length === 0 ? undefined : wrong.join("; ");
    }
    case "largest":
    case "smallest": {
      const mine = measure(claim, metric!, at, lookup);
      const others = rivals(claim, at, lookup);
      if (others.length === 0) return `${said(metric!, at)}, and there is nothing to rank it against (among=${claim.among})`;
      const beaten = others.filter((o) => (claim.is === "largest" ? o.value >= mine : o.value <= mine));
      if (beaten.length > 0) return `${said(metric!, at)}, but ${beaten.map((o) => `${o.name} is ${formatNumber(o.value, model.m)}`).join(", ")}`;
      const next = others.reduce((a, b) => (claim.is === "largest" ? (b.value > a.value ? b : a) : b.value < a.value ? b : a));
      if (claim.margin && claim.is === "largest" && mine < next.value * claim.margin)
        return `${said(metric!, at)}, less than ${claim.margin} times the next, ${next.name} at ${formatNumber(next.value, model.m)}`;
      return undefined;
    }
    case "most":
      return value(metric!, at) * 2 > value(claim.in!, at) ? undefined : `${said(metric!, at)}, not more than half of ${formatNumber(value(claim.in!, at), model.m)} (${claim.in})`;
    case "short":
    case "exact": {
      const parts = model.figures.ofPeriod(at).filter((f) => f.metric.parent === metric);
      if (parts.length === 0) return `${metric} has no parts in ${label(at)}`;
      const itemised = parts.reduce((total, f) => total + f.value, 0);
      const total = value(metric!, at);
      const holds = claim.is === "short" ? itemised < total : itemised === total;
      return holds ? undefined : `${said(metric!, at)} and its parts add up to ${formatNumber(itemised, model.m)}`;
    }
    case "previous":
    case "next": {
      const [vs] = claim.vs;
      const nearest = nearestBulletin(model.timeline, period, claim.is);
      return nearest?.id === vs ? undefined : `the ${claim.is === "previous" ? "latest earlier" : "earliest later"} bulletin of its kind is ${nearest ? `${nearest.label} (${nearest.id})` : "none"}, not ${label(vs!)}`;
    }
    case "earliest":
    case "latest": {
      const year = period.start?.slice(0, 4);
      const same = ownBulletins(model).filter((p) => p.kind === period.kind && p.start?.slice(0, 4) === year);
      const end = claim.is === "earliest" ? same[0] : same.at(-1);
      return end?.id === at ? undefined : `the ${claim.is} bulletin of its kind in ${year} is ${end ? `${end.label} (${end.id})` : "none"}`;
    }
    case "only": {
      const after = claim.after ? model.periods.get(claim.after) : undefined;
      const year = (p: Period) => p.start?.slice(0, 4);
      const same = model.pagePeriods.filter(
        (p) =>
          p.kind === period.kind &&
          p.derivedFrom === undefined &&
          (claim.among !== "document" || p.document === period.document) &&
          (claim.among !== "year" || year(p) === year(period)) &&
          (!after || (p.start ?? "") > (after.start ?? "")),
      );
      const ids = same.map((p) => p.id);
      return [...ids].sort().join() === [...claim.periods].sort().join() ? undefined : `the bulletins of its kind${claim.among === "year" ? ` in ${year(period)}` : ""}${after ? ` after ${after.label}` : ""} are ${ids.join(", ") || "none"}`;
    }
    case "shared":
    case "unshared": {
      const mine = new Set(model.figuresOf(period).map((o) => o.metric));
      const common = [...new Set(claim.vs.flatMap((vs) => model.figuresOf(model.periods.get(vs)).map((o) => o.metric)))].filter((m) => mine.has(m)).sort();
      const expected = claim.is === "shared" ? [...claim.of].sort() : [];
      return common.join() === expected.join() ? undefined : `${label(at)} and ${claim.vs.map(label).join(", ")} have ${common.length === 0 ? "no figure" : common.join(", ")} in common`;
    }
    case "agrees":
    case "disagrees": {
      const checks = claimChecks(model.dataset);
      const wrong = claim.of.flatMap((stated) => {
        const check = checks.find((c) => c.period === at && c.claim === stated);
        if (!check) return [`${stated} is not a stated change that ${label(at)} lets this report recompute`];
        const bases = claim.than ? check.bases.filter((b) => b.metric === claim.than) : check.bases;
        if (bases.length === 0) return [`${stated} is not recomputed on ${claim.than} (its bases: ${check.bases.map((b) => b.metric).join(", ")})`];
        if (bases.some((b) => b.agrees) === (claim.is === "agrees")) return [];
        return [`${stated} is ${formatNumber(check.stated, model.m)}%, against ${bases.map((b) => `${formatNumber(Math.round(b.recomputed * 100) / 100, model.m)}% recomputed from ${b.metric}`).join(" and ")}`];
      });
      return wrong.length === 0 ? undefined : wrong.join("; ");
    }
    case "alike": {
      const [vs] = claim.vs;
      const equal = model.figuresOf(period).filter((o) => model.figures.get(vs!, o.metric)?.value === o.value).map((o) => o.metric).sort();
      const expected = [...claim.of].sort();
      return equal.join() === expected.join() ? undefined : `the figures equal in ${label(at)} and ${label(vs!)} are ${equal.join(", ") || "none"}`;
    }
    case "confined": {
      const named = new Set([at, ...claim.vs]);
      const elsewhere = claim.of.flatMap((m) => model.figures.ofMetric(m).filter((f) => !named.has(f.period.id)).map((f) => `${m} is also in ${f.period.label} (${f.period.id})`));
      return elsewhere.length === 0 ? undefined : elsewhere.join("; ");
    }
  }
}

/** The figures a rank is taken among, each with the name the error message gives it. */
function rivals(claim: Claim, at: string, lookup: ClaimLookup): { name: string; value: number }[] {
  const { model } = lookup;
  const [metric] = claim.of;
  const mine = model.metrics.get(metric!);
  if (claim.among === "periods" || claim.among === "year") {
    const { kind, start } = model.periods.get(at);
    const year = start?.slice(0, 4);
    return model.figures
      .ofMetric(metric!)
      .filter((f) => f.period.kind === kind && f.period.id !== at && (claim.among === "periods" || f.period.start?.slice(0, 4) === year))
      .map((f) => ({ name: `${f.period.label} (${f.period.id})`, value: f.value }));
  }
  let figures = model.figures.ofPeriod(at).filter((f) => f.metric.id !== metric);
  if (claim.by) figures = figures.filter((f) => claim.vs.every((vs) => model.figures.get(vs, f.metric.id)));
  const ranked = (f: (typeof figures)[number]) => ({ name: f.metric.id, value: measure(claim, f.metric.id, at, lookup) });
  if (claim.among === "parts") return figures.filter((f) => f.metric.parent === mine.parent).map(ranked);
  // among=all, or among=<total>: every count of the period (under that total), but the totals
  // the figure is part of and the parts it has.
  const under = (a: string, b: string) => {
    for (let parent = model.metrics.get(a).parent; parent; parent = model.metrics.get(parent).parent) if (parent === b) return true;
    return false;
  };
  const scope = claim.among === "all" ? figures : figures.filter((f) => under(f.metric.id, claim.among!));
  return scope.filter((f) => !f.unit.fractional && !under(metric!, f.metric.id) && !under(f.metric.id, metric!)).map(ranked);
}

/** What a rank compares: the figure itself, or its rise or fall since `vs` (a fall counted as a positive amount). */
function measure(claim: Claim, metric: string, at: string, { value }: ClaimLookup): number {
  if (!claim.by) return value(metric, at);
  const change = value(metric, at) - value(metric, claim.vs[0]!);
  return claim.by === "rise" ? change : -change;
}


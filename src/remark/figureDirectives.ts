/**
 * Resolves figure references in period narratives at build time, so that no figure in the
 * prose is typed by hand:
 *
 *   :fig[metric]{period=id}          the figure as published (this page's period by default);
 *                                    {case=ablative…} adds an Azerbaijani case ending ("1.826-dan")
 *   :change[metric]{vs=id period=id} percent change from period `vs`, computed
 *   :diff[metric]{vs=id period=id}   difference in count from period `vs`, computed
 *   :share[metric]{of=metric period=id}  the figure as a percent of another, computed
 *   :gap[metric]{period=id}          the part of a total its parts do not itemise
 *   :period[id]                      the period's name, linked to its page
 *   :claim[words]{is=… of=…}         the words as written, checked against the data (claimGuards.ts)
 *
 * A reference that cannot be resolved is reported on `file` at its line and column, with
 * the nearest valid ids, and the walk goes on, so that one run lists every problem.
 */
import type { Root } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Metric, Observation } from "../lib/dataset/types.ts";
import { nearestIds } from "../lib/dataset/validate.ts";
import type { DerivedObservation } from "../lib/derive/derivedPeriods.ts";
import { percentChange } from "../lib/derive/percentChange.ts";
import { share } from "../lib/derive/share.ts";
import { describeChange, describeDifference, formatFigure, formatNumber, formatShare, isPercentFigure } from "../lib/format.ts";
import { figureHref as figureLink } from "../lib/charts/figureLink.ts";
import { periodPagePath } from "../lib/periods/figureLocation.ts";
import type { SiteModel } from "../lib/model/siteModel.ts";
import { paths, withBase } from "../lib/url.ts";
import type { NarrativeTarget } from "./narrativeTarget.ts";
import { CLAIM_ATTRIBUTES, claimContradiction, parseClaim, type ClaimLookup } from "./claimGuards.ts";

export interface FigureContext {
  model: SiteModel;
  /** The deploy base for links, e.g. "/" or "/sms-report/". */
  base: string;
}

const ATTRIBUTES: Record<string, readonly string[]> = {
  fig: ["period", "case"],
  change: ["vs", "period"],
  diff: ["vs", "period"],
  share: ["of", "period"],
  gap: ["period"],
  period: [],
  claim: CLAIM_ATTRIBUTES,
};

type Fail = (message: string) => never;

/** The hast element a directive becomes, as an mdast node remark-rehype understands. */
function element(tagName: string, properties: Record<string, string>, children: unknown[]) {
  return { type: "figureRef", data: { hName: tagName, hProperties: properties }, children };
}

function text(value: string) {
  return { type: "text", value };
}

export function resolveFigureDirectives(tree: Root, file: VFile, target: NarrativeTarget, context: FigureContext): void {
  const { model, base } = context;
  const { dataset } = model;
  const periods = model.periods;
  const metrics = model.metrics;

  const periodId = (wanted: string, fail: Fail, attribute: string) => {
    if (periods.find(wanted)) return wanted;
    return fail(`${attribute}=${wanted} is not a period; nearest: ${nearestIds(wanted, periods.all.map((p) => p.id)).join(", ")}`);
  };
  const metricId = (wanted: string, fail: Fail) => {
    if (!wanted) return fail("no metric id: write it in the brackets, e.g. :fig[calls.received]");
    if (metrics.find(wanted)) return wanted;
    return fail(`"${wanted}" is not a metric; nearest: ${nearestIds(wanted, metrics.all.map((m) => m.id)).join(", ")}`);
  };
  const figure = (metric: string, at: string, fail: Fail): Observation | DerivedObservation => {
    const found = model.figures.get(at, metric);
    if (found) return found.observation;
    const elsewhere = model.figures.ofMetric(metric).map((f) => f.period.id);
    return fail(`${periods.get(at).label} (${at}) has no figure for ${metric}; periods that have it: ${[...new Set(elsewhere)].join(", ") || "none"}`);
  };
  const periodHref = (id: string) => withBase(periodPagePath(periods.get(id)), base);
  // The figure's row, on the page that shows it; on the narrative's own page, the fragment alone.
  const ownPage = target.pagePeriod === undefined ? undefined : paths.period(target.pagePeriod);
  const figureHref = (o: Observation) => {
    const href = figureLink(dataset, o.period, o.metric);
    return ownPage !== undefined && href.startsWith(`${ownPage}#`) ? href.slice(ownPage.length) : withBase(href, base);
  };
  const words = model.m.references;
  const sourceOf = (o: Observation | DerivedObservation) =>
    "formula" in o ? words.computedAs(o.formula) : model.m.terms.citation(model.documents.get(o.document).short, formatNumber(o.line, model.m));

  visit(tree, (node, index, parent) => {
    if (node.type !== "textDirective" && node.type !== "leafDirective" && node.type !== "containerDirective") return;
    const directive = node as TextDirective;
    const fail: Fail = (message) => {
      throw new DirectiveProblem(`:${directive.name}[${label(directive)}]: ${message}`);
    };
    try {
      parent!.children.splice(index!, 1, resolveOne(directive, fail) as never);
    } catch (error) {
      if (!(error instanceof DirectiveProblem)) throw error;
      file.message(error.message, directive);
    }
  });

  /** The claim's words as plain text, once its test holds on the data; otherwise the build stops. */
  function checkedClaim(directive: TextDirective, fail: Fail) {
    const words = label(directive).trim();
    const lookup: ClaimLookup = { model, fail, metric: (id) => metricId(id, fail), period: (id, attribute) => periodId(id, fail, attribute), value: (metric, period) => figure(metric, period, fail).value };
    const claim = parseClaim(words, directive.attributes ?? {}, target.defaultPeriod, lookup);
    const contradiction = claimContradiction(claim, lookup);
    if (contradiction) fail(`the claim "${words}" (is=${claim.is}) no longer holds: ${contradiction}; reword it, or change is=`);
    return text(words);
  }

  /** The figure with the case ending `grammaticalCase` asks for, in an edition whose numbers take them (az). */
  function withCase(shown: string, value: number, metric: Metric, grammaticalCase: string | undefined, fail: Fail): string {
    if (grammaticalCase === undefined) return shown;
    const cases = model.m.terms.numberCases;
    if (!cases.includes(grammaticalCase))
      fail(cases.length === 0 ? `case= is for editions whose numbers take case endings (az); in ${model.m.lang} put the case on the noun` : `case=${grammaticalCase} is not a case ending; use one of ${cases.join(", ")}`);
    const percent = isPercentFigure(metric);
    if (!percent && !Number.isInteger(value)) fail("case= goes with whole numbers and percentages, whose last spoken word is known");
    return model.m.terms.withCase(shown, value, grammaticalCase, percent);
  }

  function resolveOne(directive: TextDirective, fail: Fail) {
    if (directive.type !== "textDirective") fail("figure references go inside a sentence: use a single colon, e.g. :fig[calls.received]");
    const allowed = ATTRIBUTES[directive.name];
    if (!allowed) fail(`unknown directive; use one of :${Object.keys(ATTRIBUTES).join(", :")}`);
    const attributes = directive.attributes ?? {};
    for (const key of Object.keys(attributes))
      if (!allowed!.includes(key)) fail(`unknown attribute "${key}"; allowed: ${allowed!.join(", ") || "none"}`);
    if (directive.name === "claim") return checkedClaim(directive, fail);
    const at = attributes.period
      ? periodId(attributes.period, fail, "period")
      : (target.defaultPeriod ?? (directive.name === "period" ? "" : fail("this summary covers no single period: name the period, e.g. {period=2024-11}")));
    const id = label(directive).trim();

    let replacement: ReturnType<typeof element>;
    if (directive.name === "period") {
      const target = periodId(id, fail, "period");
      replacement = element("a", { href: periodHref(target), className: "period-ref" }, [text(periods.get(target).label)]);
    } else if (directive.name === "fig") {
      const metric = metrics.get(metricId(id, fail));
      const o = figure(metric.id, at, fail);
      replacement = element("a", { href: figureHref(o), className: "fig-ref", title: words.figure({ metric: metric.label, definition: metric.definition, source: sourceOf(o) }) }, [
        element("data", { value: String(o.value) }, [text(withCase(formatFigure(o.value, metric, model.m), o.value, metric, attributes.case ?? undefined, fail))]),
      ]);
    } else if (directive.name === "gap") {
      const metric = metrics.get(metricId(id, fail));
      const gap = model.gapOf(at, metric.id);
      if (!gap) fail(`the parts of ${metric.id} in ${at} add up to its total: there is no gap to cite`);
      replacement = element("data", { value: String(gap!.gap), className: "computed", title: words.gap({ metric: metric.label, total: formatNumber(gap!.total, model.m), itemised: formatNumber(gap!.itemised, model.m) }) }, [
        text(formatNumber(gap!.gap, model.m)),
      ]);
    } else if (directive.name === "share") {
      const metric = metrics.get(metricId(id, fail));
      if (!attributes.of) fail('needs of=<metric>, the total to take the share of, e.g. {of=applications.total}');
      const whole = metrics.get(metricId(attributes.of!, fail));
      const part = figure(metric.id, at, fail);
      const total = figure(whole.id, at, fail);
      const value = share(part.value, total.value);
      if (value === undefined) fail(`${whole.id} is zero in ${at}: no share can be taken of it`);
      replacement = element("data", { value: String(value), className: "computed", title: words.share({ part: metric.label, partValue: formatNumber(part.value, model.m), whole: whole.label, wholeValue: formatNumber(total.value, model.m) }) }, [
        text(formatShare(value!, model.m)),
      ]);
    } else {
      const metric = metrics.get(metricId(id, fail));
      if (!attributes.vs) fail("needs vs=<period>, the period to compare with, e.g. {vs=2017-h1}");
      const vs = periodId(attributes.vs!, fail, "vs");
      const after = figure(metric.id, at, fail);
      const before = figure(metric.id, vs, fail);
      const computedFrom = words.computedFrom({ after: formatNumber(after.value, model.m), period: periods.get(at).label, before: formatNumber(before.value, model.m), vs: periods.get(vs).label });
      if (directive.name === "diff") {
        const difference = after.value - before.value;
        replacement = element("data", { value: String(difference), className: "computed", title: computedFrom }, [text(describeDifference(difference, model.m))]);
      } else {
        const value = percentChange(after.value, before.value);
        if (value === undefined) fail(`${metric.id} is zero in ${vs}: no percent change can be computed from it`);
        replacement = element("data", { value: String(value), className: "computed", title: computedFrom }, [text(describeChange(value!, model.m))]);
      }
    }
    return replacement;
  }
}

/** A reference that cannot be resolved; reported at the directive, and the rest still checked. */
class DirectiveProblem extends Error {}

function label(directive: TextDirective): string {
  return directive.children.map((child) => ("value" in child ? child.value : "")).join("");
}

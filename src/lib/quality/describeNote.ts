import { max } from "d3-array";
import type { Dataset } from "../dataset/types.ts";
import { describeChange, formatChange, formatNumber } from "../format.ts";
import type { Messages } from "../i18n/messages.ts";
import type { QualityNote } from "./qualityNotes.ts";
import { listOf, lowerFirst } from "../charts/wording.ts";

export interface NoteText {
  title: string;
  body: string;
}

/** The words a reader sees for a quality note; every number in them comes from the note. */
export function describeNote(note: QualityNote, dataset: Pick<Dataset, "periods" | "metrics">, m: Messages): NoteText {
  const w = m.notes.quality;
  const label = (id: string) => dataset.metrics.find((x) => x.id === id)?.label ?? id;
  const period = (id: string) => dataset.periods.find((p) => p.id === id)?.label ?? id;
  switch (note.kind) {
    case "breakdown-gap": {
      const { gap } = note;
      const missing = gap.gap > 0;
      return {
        title: w.gapTitle({ metric: label(gap.parent), gap: formatNumber(Math.abs(gap.gap), m), missing }),
        body: w.gapBody({ total: formatNumber(gap.total, m), parts: formatNumber(gap.parts.length, m), partCount: gap.parts.length, itemised: formatNumber(gap.itemised, m), missing }),
      };
    }
    case "claim-mismatch": {
      const { check } = note;
      const stated = formatChange(check.stated, m);
      const recomputed = describeChange(check.recomputed, m);
      return {
        title: w.claimTitle({ metric: label(check.metric), stated, recomputed }),
        body: w.claimBody({ period: period(check.period), vs: period(check.vs), stated, recomputed }),
      };
    }
    case "claim-basis": {
      const { check } = note;
      const stated = formatChange(check.stated, m);
      const bases = check.bases.map((b) => w.basis({ metric: lowerFirst(label(b.metric), m.locale), recomputed: describeChange(b.recomputed, m), agrees: b.agrees }));
      return {
        title: w.basisTitle({ metric: label(check.metric), stated, basis: lowerFirst(label(check.bases.find((b) => b.agrees)!.metric), m.locale) }),
        body: w.basisBody({ period: period(check.period), vs: period(check.vs), stated, bases: listOf(bases, m) }),
      };
    }
    case "relation-breach": {
      const { breach } = note;
      return {
        title: w.breachTitle({ metric: label(breach.metric), bound: lowerFirst(label(breach.bound), m.locale) }),
        body: w.breachBody({
          metric: lowerFirst(label(breach.metric), m.locale),
          value: formatNumber(breach.value, m),
          period: period(breach.period),
          bound: lowerFirst(label(breach.bound), m.locale),
          boundValue: formatNumber(breach.boundValue, m),
          boundPeriod: period(breach.boundPeriod),
          reason: breach.reason,
        }),
      };
    }
    case "cumulative-excess": {
      const { excess } = note;
      return {
        title: w.excessTitle(label(excess.metric)),
        body: w.excessBody({ total: formatNumber(excess.total, m), period: period(excess.period), months: excess.months.map(period).join(", "), monthsSum: formatNumber(excess.monthsSum, m) }),
      };
    }
    case "duplicate-label": {
      const largest = max(note.differences, (d) => Math.abs(d.value - d.twinValue)) ?? 0;
      return {
        title: w.twinTitle(period(note.twin)),
        body: w.twinBody({ compared: formatNumber(note.compared, m), comparedCount: note.compared, differing: formatNumber(note.differences.length, m), differingCount: note.differences.length, largest: formatNumber(largest, m) }),
      };
    }
    case "unknown-period":
      return { title: w.unknownTitle, body: w.unknownBody(formatNumber(note.figures, m), note.figures) };
  }
}

import { max } from "d3-array";
import type { Dataset } from "../dataset/types.ts";
import { describeChange, formatChange, formatNumber } from "../format.ts";
import type { QualityNote } from "./qualityNotes.ts";

export interface NoteText {
  title: string;
  body: string;
}

/** The words a reader sees for a quality note; every number in them comes from the note. */
export function describeNote(note: QualityNote, dataset: Pick<Dataset, "periods" | "metrics">): NoteText {
  const label = (id: string) => dataset.metrics.find((m) => m.id === id)?.label ?? id;
  const period = (id: string) => dataset.periods.find((p) => p.id === id)?.label ?? id;
  switch (note.kind) {
    case "breakdown-gap": {
      const { gap } = note;
      const missing = gap.gap > 0;
      return {
        title: `${label(gap.parent)}: ${formatNumber(Math.abs(gap.gap))} ${missing ? "not itemised in the source" : "more in the parts than in the total"}`,
        body: `The source gives a total of ${formatNumber(gap.total)}, but the ${formatNumber(gap.parts.length)} parts it lists add up to ${formatNumber(gap.itemised)}. ${
          missing ? "The difference is shown as not itemised; the source does not say what it covers." : "The parts exceed the total; the source does not explain why."
        }`,
      };
    }
    case "claim-mismatch": {
      const { check } = note;
      return {
        title: `${label(check.metric)}: the source states ${formatChange(check.stated)}, its own figures give ${describeChange(check.recomputed)}`,
        body: `Recomputed from the figures the source prints for ${period(check.period)} and ${period(check.vs)}, the change is ${describeChange(check.recomputed)}, which does not round to the ${formatChange(check.stated)} it states. The table shows the stated value as printed.`,
      };
    }
    case "cumulative-excess": {
      const { excess } = note;
      return {
        title: `${label(excess.metric)}: the running total is smaller than its months`,
        body: `The source gives ${formatNumber(excess.total)} for ${period(excess.period)}, but the months it published inside that period (${excess.months.map(period).join(", ")}) already add up to ${formatNumber(excess.monthsSum)}. A running total cannot be smaller than its parts, so either the total or a monthly figure is wrong; the source does not say which, and both are shown as printed.`,
      };
    }
    case "duplicate-label": {
      const largest = max(note.differences, (d) => Math.abs(d.value - d.twinValue)) ?? 0;
      return {
        title: `Same label as ${period(note.twin)}, different figures`,
        body: `Both bulletins close with the same period label. Of the ${formatNumber(note.compared)} figures they share, ${formatNumber(note.differences.length)} differ, by up to ${formatNumber(largest)}. One of the two labels must be wrong; the source does not say which, so both are published and neither is used in comparisons with other months.`,
      };
    }
    case "unknown-period":
      return {
        title: "Period not stated",
        body: `The ${formatNumber(note.figures)} figures of this block come with no period. They are published as printed and left out of every comparison and time series.`,
      };
  }
}

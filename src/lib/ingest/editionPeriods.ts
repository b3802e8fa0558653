import { parseDocument } from "yaml";
import type { IngestedPeriod } from "./parseBulletins.ts";

/**
 * The name of an ingested period in an edition's language, made by Intl from its dates, so that
 * a bulletin just ingested builds in every edition before a translator names it: "noyabr 2024",
 * "январь–июнь 2024". The name at the source stays the one the (English) source prints.
 */
export function periodName(period: Pick<IngestedPeriod, "kind" | "start" | "end">, locale: string): string {
  const month = (iso: string) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const year = period.end!.slice(0, 4);
  if (period.kind === "year") return year;
  if (period.kind === "month") return `${month(period.start!)} ${year}`;
  return `${month(period.start!)}–${month(period.end!)} ${year}`;
}

/** An edition's texts of the dataset with the new periods added under `periods`, its other lines kept as they are. */
export function withEditionPeriods(text: string, periods: readonly IngestedPeriod[], locale: string): string {
  const doc = parseDocument(text);
  for (const p of periods) {
    if (doc.hasIn(["periods", p.id])) continue;
    const entry = doc.createNode({ label: periodName(p, locale), source_label: p.sourceLabel });
    entry.flow = true;
    doc.setIn(["periods", p.id], entry);
  }
  return String(doc);
}

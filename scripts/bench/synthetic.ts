import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { REVISION_COLUMNS } from "../../src/lib/dataset/schema.ts";

// The parts of the decisions on breaches, and what is left of their total unitemised: never
// nothing, as every narrative cites that rest (:gap), which a period without one would refuse.
const BREACH_PARTS: [string, (i: number) => number][] = [
  ["irregular.no-expulsion", (i) => 800 + ((i * 13) % 450)],
  ["irregular.entry-ban", (i) => 650 + ((i * 11) % 400)],
  ["irregular.permit-revoked", (i) => 30 + (i % 25)],
  ["irregular.employment", (i) => 40 + (i % 30)],
];
const unitemised = (i: number) => 20 + ((i * 17) % 200);

/** The bulletin metrics, with parts that leave a small remainder unitemised, as the SMS's do. */
const METRICS: [string, (i: number) => number][] = [
  ["stay.registration-applications", (i) => 20000 + ((i * 7919) % 20000)],
  ["residence.permit-applications", (i) => 5000 + ((i * 104729) % 3000)],
  ["citizenship.affiliation-applications", (i) => 900 + ((i * 31) % 600)],
  ["irregular.decisions", (i) => BREACH_PARTS.reduce((sum, [, part]) => sum + part(i), unitemised(i))],
  ...BREACH_PARTS,
  ["calls.received", (i) => 5000 + ((i * 389) % 3000)],
  ["eservices.applications", (i) => 7000 + ((i * 577) % 12000)],
];

const NARRATIVE = (previous: string | undefined) => `---
title: A synthetic month for the benchmark of the build
summary: Registration applications reached :fig[stay.registration-applications] and decisions on breaches :fig[irregular.decisions].
---

## Legal migration

The Service received :fig[stay.registration-applications] applications to register a place of stay and :fig[residence.permit-applications] applications for residence permits. ${previous ? `Against :period[${previous}], registrations were :change[stay.registration-applications]{vs=${previous}}, that is :diff[stay.registration-applications]{vs=${previous}}.` : ""} Applications to establish citizenship numbered :fig[citizenship.affiliation-applications].

## Irregular migration

Decisions on breaches of migration law came to :fig[irregular.decisions]. Decisions not to expel made up :share[irregular.no-expulsion]{of=irregular.decisions} of them and entry bans :share[irregular.entry-ban]{of=irregular.decisions}; :gap[irregular.decisions] decisions are not itemised by kind. ${previous ? `The total was :change[irregular.decisions]{vs=${previous}} on the month before.` : ""}

## Public services

The Call Center took :fig[calls.received] calls and the Service received :fig[eservices.applications] electronic applications. ${"This paragraph stands for the prose a real narrative carries around its figures, so that the page weighs what a real one does. ".repeat(8)}
`;

/** Where a synthetic site's inputs were written, and the environment that builds it. */
export interface SyntheticSite {
  env: Record<string, string>;
  /** A period in the middle, whose page the benchmark weighs and whose figure it changes. */
  typical: string;
  /** Changes one figure of the typical period, as a correction to the dataset would. */
  changeOneValue(): void;
}

/**
 * Writes a dataset of `count` monthly periods (the real metrics, institution and documents,
 * synthetic figures) and an English narrative for each, with the other editions' names of
 * the months, under `root`.
 */
export function synthesise(root: string, count: number): SyntheticSite {
  const data = join(root, "data");
  const narratives = join(root, "narratives");
  mkdirSync(data, { recursive: true });
  mkdirSync(narratives, { recursive: true });
  // Annual summaries are written for the real years only; the synthetic years go without.
  mkdirSync(join(root, "years"), { recursive: true });
  for (const file of ["metrics.yaml", "institution.yaml"]) copyFileSync(resolve("content/data", file), join(data, file));
  // The synthetic bulletins are one long text: as many lines as their figures, so that every citation is in it.
  const documents = parse(readFileSync(resolve("content/data/documents.yaml"), "utf8")) as { id: string; lines: number }[];
  writeFileSync(join(data, "documents.yaml"), stringify(documents.map((d) => (d.id === "sms-bulletins" ? { ...d, lines: Math.max(d.lines, count * METRICS.length) } : d))));
  const periods: string[] = [];
  const rows = ["period,metric,value,raw,document,line,vs,note"];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2024 - Math.floor(i / 12);
    const month = 12 - (i % 12);
    const id = `${year}-${String(month).padStart(2, "0")}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const from = i * METRICS.length + 1;
    ids.push(id);
    periods.push(`- id: ${id}\n  label: Month ${id}\n  kind: month\n  start: ${id}-01\n  end: ${id}-${last}\n  document: sms-bulletins\n  lines: ${from}-${from + METRICS.length - 1}\n  source_label: ${id}\n  published: 2026-01-01\n`);
    METRICS.forEach(([metric, value], m) => rows.push(`${id},${metric},${value(i)},${value(i)},sms-bulletins,${from + m},,`));
  }
  ids.forEach((id, i) => writeFileSync(join(narratives, `${id}.md`), NARRATIVE(ids[i + 1])));
  writeFileSync(join(data, "periods.yaml"), periods.join("\n"));
  const observations = join(data, "observations.csv");
  writeFileSync(observations, `${rows.join("\n")}\n`);
  writeFileSync(join(data, "omitted.csv"), "document,line,token,reason,note\n");
  writeFileSync(join(data, "revisions.csv"), `${REVISION_COLUMNS.join(",")}\n`);
  // The other editions' texts: the real ones, with the synthetic months named in each language.
  mkdirSync(join(data, "editions"));
  for (const edition of ["az", "ru"]) {
    const texts = parse(readFileSync(resolve("content/data/editions", `${edition}.yaml`), "utf8")) as Record<string, unknown>;
    const name = (id: string) => new Intl.DateTimeFormat(edition, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${id}-15T00:00:00Z`));
    texts.periods = Object.fromEntries(ids.map((id) => [id, { label: name(id), source_label: name(id) }]));
    texts.observations = {};
    writeFileSync(join(data, "editions", `${edition}.yaml`), stringify(texts));
  }
  const middle = Math.floor(count / 2);
  const typical = ids[middle]!;
  return {
    env: { REPORT_DATA_DIR: data, REPORT_NARRATIVES_DIR: narratives, REPORT_YEARS_DIR: join(root, "years"), REPORT_EDITIONS_DIR: join(root, "editions"), BUILD_DATE: "2026-01-15" },
    typical,
    changeOneValue() {
      const [metric, value] = METRICS[0]!;
      const csv = readFileSync(observations, "utf8");
      const row = `${typical},${metric},${value(middle)},${value(middle)},`;
      if (!csv.includes(row)) throw new Error(`bench: no row "${row}" to change`);
      writeFileSync(observations, csv.replace(row, `${typical},${metric},${value(middle) + 1},${value(middle) + 1},`));
    },
  };
}

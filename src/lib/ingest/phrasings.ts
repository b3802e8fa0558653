/**
 * The one table of phrasings the monthly bulletins use, each mapped to a metric of the
 * dataset. A pattern's first capturing group is the figure (or the last number on the line
 * when it has none). Patterns are tried in order; the first match wins.
 */
export interface Phrasing {
  pattern: RegExp;
  metrics: string[];
  /** Number tokens on a matching line that are not figures (e.g. an article number). */
  notFigures?: { token: RegExp; reason: "legal-reference"; note: string }[];
}

const N = "(\\d+(?:[.,]\\d{3})*)";

export const PHRASINGS: Phrasing[] = [
  // The undated block that opens the bulletins.
  { pattern: new RegExp(`received a total of ${N} applications`, "i"), metrics: ["applications.total"] },
  { pattern: new RegExp(`^- ?Applications regarding citizenship issues\\s*[–-]\\s*${N}\\s*$`, "i"), metrics: ["citizenship.status-applications"] },
  { pattern: new RegExp(`^- ?Applications on obtaining or extending work permits.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["work-permits.applications"] },
  { pattern: new RegExp(`^- ?Calls received by the Call Center\\s*[–-]\\s*${N}\\s*$`, "i"), metrics: ["calls.received"] },
  { pattern: new RegExp(`^- ?Applications received through the social media.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["applications.online-guide"] },
  { pattern: new RegExp(`^- ?Petitions, complaints,? and suggestions.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["applications.petitions"] },
  { pattern: new RegExp(`^- ?Other applications\\s*[–-]\\s*${N}\\s*$`, "i"), metrics: ["applications.other"] },
  { pattern: new RegExp(`made ${N} decisions regarding violations`, "i"), metrics: ["irregular.decisions"] },
  // Legal migration.
  { pattern: new RegExp(`^- ?Applications on (?:the )?registration of foreigners and stateless persons upon (?:their )?place of stay.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["stay.registration-applications"] },
  { pattern: new RegExp(`^- ?Applications on obtaining (?:\\(extension of validity\\)|or extending) .*residence permits.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["residence.permit-applications"] },
  { pattern: new RegExp(`^- ?Applications on (?:establishment|determination of affiliation) (?:of|to) the citizenship.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["citizenship.affiliation-applications"] },
  // Irregular migration.
  { pattern: new RegExp(`^Number of decisions on infringement of the requirements of migration.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.decisions"] },
  { pattern: new RegExp(`^- ?Decisions on not application of administrative expulsion.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.no-expulsion"] },
  { pattern: new RegExp(`^Decisions on leaving the country by paying off.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.no-expulsion.paid-fine-departure"] },
  { pattern: new RegExp(`^Decisions on legalization of residence.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.no-expulsion.legalised"] },
  { pattern: new RegExp(`^- ?Out of ${N}\\s*-\\s*decisions on imposing ban on entry`, "i"), metrics: ["irregular.entry-ban"] },
  { pattern: new RegExp(`^Decisions on imposition of the administrative fine with administrative expulsion.*-\\s*${N};?\\s*$`, "i"), metrics: ["irregular.entry-ban.fine-and-expulsion"] },
  { pattern: new RegExp(`^Decisions on imposing ban on entry of foreigners.*Migration Code\\s*-\\s*${N};?\\s*including\\s*$`, "i"), metrics: ["irregular.entry-ban.migration-code"] },
  {
    pattern: new RegExp(`^${N}\\s*decisions on infringement of the requirements of Article 16\\.1\\.8 .* and ${N} decisions for infringement of the requirements of other Articles`, "i"),
    metrics: ["irregular.entry-ban.migration-code.unpaid-fine", "irregular.entry-ban.migration-code.other"],
    notFigures: [{ token: /^16\.1\.8$/, reason: "legal-reference", note: "article of the Migration Code that defines the violation" }],
  },
  { pattern: new RegExp(`^- ?Decisions on loss of permission documents.*[–-]\\s*${N}\\s*$`, "i"), metrics: ["irregular.permit-revoked"] },
  { pattern: new RegExp(`^- ?Decisions related with employment of foreigners.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.employment"] },
  { pattern: new RegExp(`^- ?Decisions on violation of rules, defined by the Migration Code.*-\\s*${N}\\s*$`, "i"), metrics: ["irregular.host-officials"] },
];

/** The two lines that close a bulletin and name its period. */
export const CLOSING_LINES: { pattern: RegExp; metric: string }[] = [
  { pattern: new RegExp(`^During (.+?), ${N} calls were received by the Call Center`, "i"), metric: "calls.received" },
  { pattern: new RegExp(`^During (.+?), ${N} e-applications were received`, "i"), metric: "eservices.applications" },
];

/** Lines that structure a bulletin and carry no figure. */
export const HEADINGS = [/^Legal migration$/i, /^Illegal migration$/i];

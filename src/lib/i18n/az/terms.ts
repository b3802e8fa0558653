import type { RevisionKind } from "../../dataset/types.ts";
import { NUMBER_CASES, withCase, type NumberCase } from "./numberCase.ts";
import type { NumberFormat } from "../../numbers.ts";
import type { OmissionReason, PeriodFlag, PeriodKind } from "../../dataset/schema.ts";

/** Words for the kinds of things the dataset distinguishes, and for computed comparisons. */
export const terms = {
  kinds: {
    label: {
      month: "Ay",
      "half-year": "Altı ay (artan yekunla)",
      "nine-months": "Doqquz ay (artan yekunla)",
      year: "Tam il",
      snapshot: "Bir gün üzrə vəziyyət",
      unknown: "Dövr göstərilməyib",
    } satisfies Record<PeriodKind, string>,
    /**
     * How a run of periods of one kind is counted in a sentence, in the ablative the count
     * takes: "zaman oxundakı 10 aydan 9-cusu" (9 of 10 months).
     */
    counted: {
      month: "aydan",
      "half-year": "altıaylıq dövrdən",
      "nine-months": "doqquzaylıq dövrdən",
      year: "tam ildən",
      snapshot: "birgünlük vəziyyətdən",
      unknown: "tarixsiz blokdan",
    } satisfies Record<PeriodKind, string>,
    /**
     * How a reader counts periods of one kind: the noun after a number, which stays singular
     * in Azerbaijani ("3 ay", "2 altıaylıq dövr"); the charts make the plural from it.
     */
    plural: {
      month: "ay",
      "half-year": "altıaylıq dövr",
      "nine-months": "doqquzaylıq dövr",
      year: "il",
      snapshot: "gün",
      unknown: "tarixsiz dövr",
    } satisfies Record<PeriodKind, string>,
    /** A figure of one kind of period: "aylıq göstəricilər". */
    singular: {
      month: "aylıq",
      "half-year": "altıaylıq",
      "nine-months": "doqquzaylıq",
      year: "illik",
      snapshot: "birgünlük",
      unknown: "tarixsiz",
    } satisfies Record<PeriodKind, string>,
    /** The totals a cumulative period compares with: "digər altıaylıq yekunlar". */
    cumulative: { "half-year": "altıaylıq", "nine-months": "doqquzaylıq", year: "illik" } as Partial<Record<PeriodKind, string>>,
  },
  flags: {
    "duplicate-label": "mənbədə eyni ad iki dəfə işlədilib",
    "unknown-period": "dövr göstərilməyib",
    derived: "bu hesabat tərəfindən hesablanıb",
  } satisfies Record<PeriodFlag, string>,
  // Azerbaijani writes "747.107" for 747 thousand 107 itself, so the examples say the number in words.
  numberFormats: {
    "grouped-any": "həm “,”, həm də “.” minlikləri ayırır (“747.107” — 747 min 107); kəsr hissəsi yoxdur",
    "comma-grouped": "“,” minlikləri ayırır, “.” kəsr hissəsini ayırır",
    "dot-grouped": "“.” minlikləri ayırır (“41.801” — 41 min 801); kəsr hissəsi yoxdur",
  } satisfies Record<NumberFormat, string>,
  omissionReasons: {
    "period-label": "dövr adının bir hissəsi",
    date: "tarix",
    "legal-reference": "qanun, fərman və ya maddə nömrəsi",
    "legal-rule": "qanunla müəyyən edilmiş müddət",
    "phone-number": "telefon nömrəsi",
    "service-hours": "iş saatları",
    name: "adın bir hissəsi",
    descriptive: "təsviri təfərrüat",
    footer: "səhifənin alt hissəsi",
  } satisfies Record<OmissionReason, string>,
  spanNotStated: "mənbədə göstərilməyib",
  /**
   * A computed percent change in words, as a noun ("5,6% azalma"), which fits a table cell,
   * a list and a sentence alike ("…-da 5,6% azalma qeydə alınıb"); the value comes
   * formatted, without its sign.
   */
  /** What kind of change a revision is (revisions.csv `kind`). */
  revisionKinds: { correction: "bu hesabatın xətasının düzəlişi", revision: "mənbə tərəfindən yenilənmə" } satisfies Record<RevisionKind, string>,
  change: { up: (value: string) => `${value} artım`, down: (value: string) => `${value} azalma`, unchanged: "dəyişməyib" },
  /** A computed difference of two counts in words; the value comes formatted, without its sign. */
  difference: { more: (value: string) => `${value} çox`, fewer: (value: string) => `${value} az`, same: "eyni say" },
  citation: (document: string, line: string) => `${document}, sətir ${line}`,
  /** The case endings a number in digits takes after a hyphen (src/lib/i18n/az/numberCase.ts): "1.826-dan". */
  numberCases: NUMBER_CASES as readonly string[],
  withCase: (shown: string, value: number, grammaticalCase: string, percent: boolean) => withCase(shown, value, grammaticalCase as NumberCase, percent),
};

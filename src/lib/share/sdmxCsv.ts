import type { Dataset, Observation } from "../dataset/types.ts";
import type { DerivedObservation } from "../derive/derivedPeriods.ts";
import type { DownloadTable } from "./downloads.ts";
import { metricsById } from "../dataset/byId.ts";

/**
 * The report's figures as an SDMX-CSV 2.0 data message (sdmx-twg/sdmx-csv, data message
 * field guide): one row per observation, identified by the dataflow below. The agency is this
 * report, not the SMS: the Service publishes no SDMX structures, so the codes are the
 * dataset's own ids and their code lists are the report's metrics.csv and periods.csv.
 */
export const SDMX_DATAFLOW = "SMS_AZ_REPORT:MIGRATION_STATISTICS(1.0.0)";

/** Dimensions, then the measure, then the attributes, as the field guide orders them. */
export const SDMX_DIMENSIONS = ["REPORTING_PERIOD", "INDICATOR", "UNIT_MEASURE"] as const;
export const SDMX_ATTRIBUTES = ["OBS_STATUS", "COMPARED_WITH", "COMMENT_OBS"] as const;
export const SDMX_COLUMNS = ["STRUCTURE", "STRUCTURE_ID", "ACTION", ...SDMX_DIMENSIONS, "OBS_VALUE", ...SDMX_ATTRIBUTES] as const;

/**
 * OBS_STATUS codes of the SDMX cross-domain code list CL_OBS_STATUS. "A" (normal value) for a
 * figure the SMS printed; "I" (imputed value) for one this report computed: CL_OBS_STATUS
 * keeps "I" for a value that someone other than the producer works out to fill a gap in its
 * series, which is what a derived period is. "E" (estimated) would suggest a margin of
 * error that a subtraction of published totals does not have.
 */
export const SDMX_OBS_STATUS = { published: "A", derived: "I" } as const;

/** "I" (information): the files describe the data; they ask no database to append or delete. */
const ACTION = "I";

// A spreadsheet runs a cell that starts with one of these as a formula. The dataset check
// refuses such texts; the writer refuses them again rather than publish one.
const FORMULA_START = /^[=+\-@]/;

/** `observations` (published and computed) as SDMX-CSV rows, in the order given. */
export function sdmxTable(dataset: Pick<Dataset, "metrics">, observations: readonly (Observation | DerivedObservation)[]): DownloadTable {
  const metrics = metricsById(dataset.metrics);
  return {
    columns: SDMX_COLUMNS,
    rows: observations.map((o) => {
      const unit = metrics.get(o.metric)?.unit;
      if (unit === undefined) throw new Error(`SDMX-CSV: observation of ${o.period} names the unknown metric "${o.metric}": build it from a checked dataset`);
      const derived = "formula" in o;
      // A computed figure's comment says how it was computed, as derived.csv's formula column does.
      const comment = o.note ?? (derived ? o.formula : undefined);
      if (comment !== undefined && FORMULA_START.test(comment))
        throw new Error(`SDMX-CSV: the note of ${o.metric} in ${o.period} starts with "${comment[0]}", which a spreadsheet would run as a formula: start it with a word`);
      return [
        "dataflow",
        SDMX_DATAFLOW,
        ACTION,
        o.period,
        o.metric,
        unit,
        o.value,
        derived ? SDMX_OBS_STATUS.derived : SDMX_OBS_STATUS.published,
        o.vs,
        comment,
      ];
    }),
  };
}

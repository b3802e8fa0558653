import type { PlotOptions } from "@observablehq/plot";

/**
 * A chart's Plot options as what they are made from: plain data (`inputs`) and the function
 * that makes them (plotSpec pairs the two). The marks are made only when the chart is drawn,
 * which a rebuild does for few charts (the others come from the cache), so nothing Plot
 * makes is held for the whole build, and a chart's key is written from the inputs instead
 * of from the marks. `make` is a function of its inputs alone, defined at the top of its
 * module: nothing it captured would reach the key.
 */
export interface PlotSpec {
  readonly make: (inputs: never) => PlotOptions;
  readonly inputs: unknown;
}

export function plotSpec<I>(make: (inputs: I) => PlotOptions, inputs: I): PlotSpec {
  return { make, inputs };
}

/** The Plot options a spec stands for. */
export function plotOptions({ make, inputs }: PlotSpec): PlotOptions {
  return (make as (inputs: unknown) => PlotOptions)(inputs);
}

import { describe, expect, it } from "vitest";
import { plotOptions, plotSpec } from "../../../src/lib/charts/plotSpec.ts";
import { chartKey } from "../../../src/lib/charts/renderChart.ts";

const tall = ({ height }: { height: number }) => ({ height, marks: [] });
const wide = ({ height }: { height: number }) => ({ width: height * 2, marks: [] });

describe("plotSpec", () => {
  it("makes the Plot options only when asked, from its inputs", () => {
    let made = 0;
    const spec = plotSpec((inputs: { height: number }) => (made++, tall(inputs)), { height: 80 });
    expect(made).toBe(0);
    expect(plotOptions(spec)).toEqual({ height: 80, marks: [] });
    expect(made).toBe(1);
  });

  it("gives a chart a key that follows its inputs and its maker", () => {
    const key = (make: typeof tall | typeof wide, height: number) => chartKey({ id: "c", label: "A chart", plot: plotSpec(make, { height }) });
    expect(key(tall, 80)).toBe(key(tall, 80));
    expect(key(tall, 81)).not.toBe(key(tall, 80));
    expect(key(wide, 80)).not.toBe(key(tall, 80));
  });
});

import { chartKey, drawChart, type Drawable } from "../charts/renderChart.ts";
import type { ContentStore } from "./contentStore.ts";
import { hashOf } from "./hash.ts";

/**
 * drawChart through a content store: a chart whose key (`salt`, the code version and the
 * edition, and chartKey) was drawn by an earlier build, or earlier in this one, is read
 * back instead of drawn again. Nothing is kept in memory: a page and its download files
 * each read the one entry.
 */
export function cachedDrawing(store: ContentStore, salt: string): (chart: Drawable) => string {
  return (chart) => {
    const key = hashOf(salt, chartKey(chart));
    const stored = store.get(key);
    if (stored) return stored.toString("utf8");
    const svg = drawChart(chart);
    store.put(key, svg);
    return svg;
  };
}

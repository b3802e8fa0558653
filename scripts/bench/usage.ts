/**
 * Loaded into every Node process of a benchmarked build (NODE_OPTIONS=--import): on exit,
 * appends what the process was, its peak resident memory and its CPU time to the file
 * BENCH_USAGE_FILE names, one JSON line per process.
 */
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    appendFileSync(file, `${JSON.stringify({ argv: process.argv.slice(1), peakBytes: maxRSS * 1024, cpuSeconds: (userCPUTime + systemCPUTime) / 1e6 })}\n`);
  });
}

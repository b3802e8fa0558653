import { defineConfig } from "vitest/config";

/**
 * Three tiers. `unit`: small fixtures, no build (npm run test:unit). `build`: the build and
 * ingest commands run on the fixture, each on a small site of its own. `site`: the real
 * site, built once (tests/site/buildOnce.ts) and read by every test of the tier; the
 * determinism and staleness tests each add one build beside it. npm test runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Unit tests share no state between files, so one module cache per worker serves them all.
      { extends: true, test: { name: "unit", include: ["tests/lib/**/*.test.ts", "tests/remark/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: { name: "build", include: ["tests/scripts/**/*.test.ts"], exclude: ["tests/scripts/determinism.test.ts", "tests/scripts/staleness.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/content/**/*.test.ts", "tests/e2e/**/*.test.ts", "tests/scripts/determinism.test.ts", "tests/scripts/staleness.test.ts"],
          globalSetup: ["tests/site/buildOnce.ts"],
        },
      },
    ],
  },
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDate } from "../../src/lib/site.ts";

afterEach(() => vi.unstubAllEnvs());

describe("buildDate", () => {
  it("is BUILD_DATE when it is set, today otherwise", () => {
    vi.stubEnv("BUILD_DATE", "2026-01-15");
    expect(buildDate()).toBe("2026-01-15");
    vi.stubEnv("BUILD_DATE", undefined as unknown as string);
    expect(buildDate()).toBe(new Date().toISOString().slice(0, 10));
  });
});

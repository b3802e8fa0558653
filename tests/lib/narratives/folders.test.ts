import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { narrativeFolders } from "../../../src/lib/narratives/folders.ts";

describe("narrativeFolders", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads content/periods and content/years, from the working directory, when nothing else is named", () => {
    expect(narrativeFolders({})).toEqual({ period: resolve("content/periods"), year: resolve("content/years") });
  });

  it("takes each folder from its own variable, resolved to an absolute path", () => {
    expect(narrativeFolders({ REPORT_NARRATIVES_DIR: "tests/fixtures/narratives" })).toEqual({ period: resolve("tests/fixtures/narratives"), year: resolve("content/years") });
    expect(narrativeFolders({ REPORT_YEARS_DIR: "/tmp/years" })).toEqual({ period: resolve("content/periods"), year: "/tmp/years" });
  });

  it("reads the environment of the process by default", () => {
    vi.stubEnv("REPORT_NARRATIVES_DIR", "/tmp/sms-periods");
    vi.stubEnv("REPORT_YEARS_DIR", "/tmp/sms-years");
    expect(narrativeFolders()).toEqual({ period: "/tmp/sms-periods", year: "/tmp/sms-years" });
  });
});

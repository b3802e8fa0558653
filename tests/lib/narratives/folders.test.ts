import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { narrativeCollection, narrativeFolders } from "../../../src/lib/narratives/folders.ts";

describe("narrativeFolders", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads content/periods and content/years, from the working directory, when nothing else is named", () => {
    expect(narrativeFolders("en", {})).toEqual({ period: resolve("content/periods"), year: resolve("content/years") });
  });

  it("takes each folder from its own variable, resolved to an absolute path", () => {
    expect(narrativeFolders("en", { REPORT_NARRATIVES_DIR: "tests/fixtures/narratives" })).toEqual({ period: resolve("tests/fixtures/narratives"), year: resolve("content/years") });
    expect(narrativeFolders("en", { REPORT_YEARS_DIR: "/tmp/years" })).toEqual({ period: resolve("content/periods"), year: "/tmp/years" });
  });

  it("reads the other editions' narratives from content/<lang>/, or from the folder REPORT_EDITIONS_DIR names", () => {
    expect(narrativeFolders("az", {})).toEqual({ period: resolve("content/az/periods"), year: resolve("content/az/years") });
    expect(narrativeFolders("ru", { REPORT_EDITIONS_DIR: "/tmp/editions", REPORT_NARRATIVES_DIR: "/tmp/en" })).toEqual({ period: "/tmp/editions/ru/periods", year: "/tmp/editions/ru/years" });
  });

  it("names each edition's collections by kind and language", () => {
    expect(narrativeCollection("period", "az")).toBe("period-az");
  });

  it("reads the environment of the process by default", () => {
    vi.stubEnv("REPORT_NARRATIVES_DIR", "/tmp/sms-periods");
    vi.stubEnv("REPORT_YEARS_DIR", "/tmp/sms-years");
    expect(narrativeFolders()).toEqual({ period: "/tmp/sms-periods", year: "/tmp/sms-years" });
  });
});

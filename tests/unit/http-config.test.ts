// The service's environment: defaults, parsing, and messages that name the variable and value.
import { describe, expect, it } from "vitest";
import { bytes, parseServiceEnv } from "../../src/config/service-env.ts";

describe("parseServiceEnv", () => {
  it("fills defaults", () => {
    const c = parseServiceEnv({});
    expect(c).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", CORS_ORIGINS: [], LOG_LEVEL: "info", BODY_LIMIT: "1mb", RATE_LIMIT_WRITE_MAX: 120 });
  });

  it("parses values", () => {
    const c = parseServiceEnv({ PORT: "8080", CORS_ORIGINS: "https://a.example.be, https://b.example.be", LOG_LEVEL: "debug", BODY_LIMIT: "512KB" });
    expect(c).toMatchObject({ PORT: 8080, CORS_ORIGINS: ["https://a.example.be", "https://b.example.be"], LOG_LEVEL: "debug", BODY_LIMIT: "512kb" });
    expect(bytes(c.BODY_LIMIT)).toBe(512 * 1024);
  });

  it("refuses bad values naming variable and value", () => {
    expect(() => parseServiceEnv({ PORT: "eighty" })).toThrow(/PORT: expected a whole number from 0 to 65535 \(got "eighty"\)/);
    expect(() => parseServiceEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL: expected one of: fatal, error/);
    expect(() => parseServiceEnv({ CORS_ORIGINS: "kenniscentrum" })).toThrow(/CORS_ORIGINS: expected origins/);
    expect(() => parseServiceEnv({ BODY_LIMIT: "lots" })).toThrow(/BODY_LIMIT: expected a size such as 512kb/);
  });
});

import { describe, expect, it, vi } from "vitest";
import { LangflowConfigError, LangflowError } from "../../../src/core/errors";
import { resolveOptions } from "../../../src/core/options";

function clearEnv(): void {
  for (const name of ["LANGFLOW_SERVER_URL", "LANGFLOW_URL", "LANGFLOW_API_KEY", "LANGFLOW_LOG"])
    vi.stubEnv(name, "");
}

function configError(fn: () => unknown): LangflowConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LangflowConfigError);
    expect(error).toBeInstanceOf(LangflowError);
    return error as LangflowConfigError;
  }
  throw new Error("expected a LangflowConfigError");
}

describe("defaults from the environment", () => {
  it("uses http://localhost:7860 and no credentials when nothing is set", () => {
    clearEnv();
    const o = resolveOptions();
    expect(o.baseUrl).toBe("http://localhost:7860");
    expect(o.apiKey).toBeUndefined();
    expect(o.timeout).toBe(60_000);
    expect(o.maxRetries).toBe(2);
    expect(o.logLevel).toBe("off");
  });

  it("prefers LANGFLOW_SERVER_URL over LANGFLOW_URL", () => {
    clearEnv();
    vi.stubEnv("LANGFLOW_URL", "http://second:1");
    expect(resolveOptions().baseUrl).toBe("http://second:1");
    vi.stubEnv("LANGFLOW_SERVER_URL", "http://first:2/");
    expect(resolveOptions().baseUrl).toBe("http://first:2");
  });

  it("reads LANGFLOW_API_KEY and LANGFLOW_LOG; explicit options win", () => {
    clearEnv();
    vi.stubEnv("LANGFLOW_API_KEY", "sk-env");
    vi.stubEnv("LANGFLOW_LOG", "debug");
    expect(resolveOptions().apiKey).toBe("sk-env");
    expect(resolveOptions().logLevel).toBe("debug");
    expect(resolveOptions({ apiKey: "sk-explicit", logLevel: "warn" })).toMatchObject({
      apiKey: "sk-explicit",
      logLevel: "warn",
    });
  });
});

describe("baseUrl", () => {
  it.each([
    ["http://localhost:7860/", "http://localhost:7860"],
    ["http://localhost:7860///", "http://localhost:7860"],
    ["https://example.com/langflow/", "https://example.com/langflow"],
    ["  http://h:1  ", "http://h:1"],
  ])("normalizes %j to %j", (input, expected) => {
    expect(resolveOptions({ baseUrl: input }).baseUrl).toBe(expected);
  });

  it("adds the DataStax /lf/{langflowId} prefix", () => {
    expect(resolveOptions({ baseUrl: "https://api.example.com/", langflowId: "abc-123" }).baseUrl).toBe(
      "https://api.example.com/lf/abc-123",
    );
  });

  it.each([
    ["not a url", /not an absolute URL/],
    ["localhost:7860", /must start with http/],
    ["ftp://h", /must start with http/],
    ["http://h:7860/api/v1", /ends in an API path.*"http:\/\/h:7860"/],
    ["http://h:7860/api/v2/", /ends in an API path/],
    ["http://h?x-api-key=sk-secret", /must not carry a query/],
  ])("rejects %j with a message that names the fix", (input, message) => {
    const error = configError(() => resolveOptions({ baseUrl: input }));
    expect(error.option).toBe("baseUrl");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("sk-secret");
  });

  it("rejects a baseUrl that is not a string", () => {
    expect(configError(() => resolveOptions({ baseUrl: 42 as never })).message).toMatch(/baseUrl.*string/);
  });
});

describe("option validation", () => {
  it.each([
    ["baseURL", /Did you mean "baseUrl"/],
    ["api_key", /Did you mean "apiKey"/],
    ["url", /Did you mean "baseUrl"/],
    ["retries", /Did you mean "maxRetries"/],
    ["somethingElse", /Known options: baseUrl/],
  ])("rejects the unknown option %j", (key, message) => {
    const error = configError(() => resolveOptions({ [key]: "x" } as never));
    expect(error.option).toBe(key);
    expect(error.message).toMatch(message);
  });

  it.each([
    [{ apiKey: "" }, "apiKey"],
    [{ apiKey: 5 }, "apiKey"],
    [{ token: "" }, "token"],
    [{ token: 7 }, "token"],
    [{ fetch: "fetch" }, "fetch"],
    [{ headers: { a: 1 } }, "headers"],
    [{ headers: "x" }, "headers"],
    [{ timeout: -1 }, "timeout"],
    [{ timeout: Number.NaN }, "timeout"],
    [{ maxRetries: 1.5 }, "maxRetries"],
    [{ logLevel: "loud" }, "logLevel"],
    [{ logger: {} }, "logger"],
    [{ validate: "yes" }, "validate"],
    [{ langflowId: "" }, "langflowId"],
  ])("rejects %j naming the option", (options, option) => {
    expect(configError(() => resolveOptions(options as never)).option).toBe(option);
  });

  it("never puts a secret in the error", () => {
    const error = configError(() => resolveOptions({ apiKey: "sk-secret", baseURL: "x" } as never));
    expect(error.message).not.toContain("sk-secret");
  });

  it("rejects options that are not an object", () => {
    expect(configError(() => resolveOptions("http://x" as never)).message).toMatch(/must be an object/);
  });
});

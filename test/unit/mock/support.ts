// Shared test setup for mock tests: one in-process mock per test file, state reset after each test.
import { afterAll, afterEach, beforeAll } from "vitest";
import type { LangflowMockOptions } from "../../../mock";
import { type NodeLangflowMock, setupLangflowMock } from "../../../mock/node";

export const BASE = "http://langflow.test";

export interface MockHarness {
  lf: NodeLangflowMock;
  /** fetch against the mock, with the API key unless `auth: false`. */
  call(path: string, init?: RequestInit & { auth?: boolean; json?: unknown }): Promise<Response>;
}

export function useMock(options: LangflowMockOptions = {}): MockHarness {
  const lf = setupLangflowMock(options);
  beforeAll(() => lf.listen({ onUnhandledRequest: "error" }));
  afterEach(() => lf.reset());
  afterAll(() => lf.close());
  return {
    lf,
    call(path, { auth = true, json, headers, ...init } = {}) {
      const h = new Headers(headers);
      if (auth && !h.has("x-api-key")) h.set("x-api-key", lf.apiKey);
      if (json !== undefined) {
        h.set("content-type", "application/json");
        init.body = JSON.stringify(json);
        init.method ??= "POST";
      }
      return fetch(`${BASE}${path}`, { ...init, headers: h });
    },
  };
}

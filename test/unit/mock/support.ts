// Shared test setup for mock tests: one in-process mock per test file, state reset after each test.

import { getResponse } from "msw";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createLangflowMock, type LangflowMock, type LangflowMockOptions } from "../../../mock";
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

/**
 * A second, differently configured mock in the same file: requests go straight through msw's getResponse (no
 * interception), so it does not compete with the file's setupServer.
 */
export function directMock(options: LangflowMockOptions = {}): MockHarness & { mock: LangflowMock } {
  const mock = createLangflowMock(options);
  return {
    mock,
    lf: mock as unknown as NodeLangflowMock,
    async call(path, { auth = true, json, headers, ...init } = {}) {
      const h = new Headers(headers);
      if (auth && !h.has("x-api-key")) h.set("x-api-key", mock.apiKey);
      if (json !== undefined) {
        h.set("content-type", "application/json");
        init.body = JSON.stringify(json);
        init.method ??= "POST";
      }
      const response = await getResponse(
        mock.handlers,
        new Request(`${BASE}${path}`, { ...init, headers: h }),
      );
      return response ?? new Response(JSON.stringify({ detail: "unhandled" }), { status: 599 });
    },
  };
}

// Shared test setup for mock tests: one in-process mock per test file, state reset after each test.

import { getResponse } from "msw";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createLangflowMock, type LangflowMock, type LangflowMockOptions } from "../../../mock";
import { type NodeLangflowMock, setupLangflowMock } from "../../../mock/node";

export const BASE = "http://langflow.test";

type CallInit = RequestInit & { auth?: boolean; json?: unknown };

export interface MockHarness {
  lf: NodeLangflowMock;
  /** fetch against the mock, with the API key unless `auth: false`; `json` is sent as a JSON body (POST by default). */
  call(path: string, init?: CallInit): Promise<Response>;
}

/** The mock of this test file: listening from the first test (unhandled requests fail), reset after each, closed at the end. */
export function useMockServer(options: LangflowMockOptions = {}): NodeLangflowMock {
  const lf = setupLangflowMock(options);
  beforeAll(() => lf.listen({ onUnhandledRequest: "error" }));
  afterEach(() => lf.reset());
  afterAll(() => lf.close());
  return lf;
}

export function useMock(options: LangflowMockOptions = {}): MockHarness {
  const lf = useMockServer(options);
  return { lf, call: (path, init) => fetch(mockRequest(lf.apiKey, path, init)) };
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
    async call(path, init) {
      const response = await getResponse(mock.handlers, mockRequest(mock.apiKey, path, init));
      return response ?? new Response(JSON.stringify({ detail: "unhandled" }), { status: 599 });
    },
  };
}

function mockRequest(
  apiKey: string,
  path: string,
  { auth = true, json, headers, ...init }: CallInit = {},
): Request {
  const h = new Headers(headers);
  if (auth && !h.has("x-api-key")) h.set("x-api-key", apiKey);
  if (json !== undefined) {
    h.set("content-type", "application/json");
    init.body = JSON.stringify(json);
    init.method ??= "POST";
  }
  return new Request(`${BASE}${path}`, { ...init, headers: h });
}

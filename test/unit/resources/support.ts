// Shared setup for the client tests: one in-process mock per test file (state reset after each test) and a
// LangflowClient pointed at it with the mock's API key.
import { afterAll, afterEach, beforeAll } from "vitest";
import { type NodeLangflowMock, setupLangflowMock } from "../../../mock/node";
import type { LangflowMockOptions } from "../../../mock/options";
import { type ClientOptions, LangflowClient } from "../../../src/index";

export const BASE = "http://langflow.test";

export interface MockedClient {
  mock: NodeLangflowMock;
  /** A new client for the mock; `options` override the defaults (base URL, API key). */
  client(options?: ClientOptions): LangflowClient;
  /** The id of one of the mock's flows, by name or endpoint name ("" when there is none). */
  flowId(name: string): string;
}

export function useMockedClient(options: LangflowMockOptions = {}): MockedClient {
  const mock = setupLangflowMock(options);
  beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => mock.close());
  return {
    mock,
    client: (overrides = {}) => new LangflowClient({ baseUrl: BASE, apiKey: mock.apiKey, ...overrides }),
    flowId: (name) => mock.flow(name)?.id ?? "",
  };
}

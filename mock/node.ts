/**
 * The mock in-process for Node tests: `setupLangflowMock()` (msw's setupServer intercepts fetch).
 * @module langflow-sdk/mock/node
 */
import { type SetupServer, setupServer } from "msw/node";
import { createLangflowMock, type LangflowMock } from "./create-mock";
import type { LangflowMockOptions } from "./options";

export interface NodeLangflowMock extends LangflowMock {
  readonly server: SetupServer;
  /** Starts intercepting. Unhandled non-Langflow requests: "bypass" by default. */
  listen(options?: { onUnhandledRequest?: "bypass" | "warn" | "error" }): void;
  /** Stops intercepting. */
  close(): void;
  /** reset() plus dropping handlers added with server.use(). */
  reset(): void;
}

/**
 * The mock in-process for tests in Node (vitest, jest, node:test): msw's `setupServer` answers every `fetch` to a
 * Langflow path, of any origin. Call `listen()` before the tests, `reset()` after each (back to the bundled flows,
 * handlers added with `server.use()` dropped) and `close()` at the end. Needs msw (`npm install -D msw`).
 * @example
 * const mock = setupLangflowMock();
 * beforeAll(() => mock.listen());
 * afterEach(() => mock.reset());
 * afterAll(() => mock.close());
 * const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey });
 */
export function setupLangflowMock(options: LangflowMockOptions = {}): NodeLangflowMock {
  const mock = createLangflowMock(options);
  const server = setupServer(...mock.handlers);
  return {
    ...mock,
    server,
    listen: ({ onUnhandledRequest = "bypass" } = {}) => server.listen({ onUnhandledRequest }),
    close: () => server.close(),
    reset() {
      server.resetHandlers();
      mock.reset();
    },
  };
}

export { createLangflowMock } from "./create-mock";
export type { LangflowMockOptions } from "./options";

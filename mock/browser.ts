/**
 * The mock inside a browser page, through msw's service worker: `setupLangflowMockWorker()`.
 * The page must serve msw's worker script (`npx msw init public`).
 * @module langflow-sdk/mock/browser
 */
import { type SetupWorker, setupWorker } from "msw/browser";
import { createLangflowMock, type LangflowMock } from "./create-mock";
import type { LangflowMockOptions } from "./options";

export interface BrowserLangflowMock extends LangflowMock {
  readonly worker: SetupWorker;
  /** Registers the worker; `serviceWorkerUrl` defaults to "/mockServiceWorker.js". */
  start(options?: { serviceWorkerUrl?: string; quiet?: boolean }): Promise<void>;
  stop(): void;
}

/**
 * The mock in the browser, in msw's service worker: every `fetch` of the page to a Langflow path is answered by the
 * mock. Serve msw's worker script first (`npx msw init public`), then `await mock.start()`; `mock.stop()` ends it.
 * @example
 * const mock = setupLangflowMockWorker();
 * await mock.start();
 * const lf = new LangflowClient({ baseUrl: location.origin, apiKey: mock.apiKey, dangerouslyAllowBrowser: true });
 */
export function setupLangflowMockWorker(options: LangflowMockOptions = {}): BrowserLangflowMock {
  const mock = createLangflowMock(options);
  const worker = setupWorker(...mock.handlers);
  return {
    ...mock,
    worker,
    async start({ serviceWorkerUrl = "/mockServiceWorker.js", quiet = true } = {}) {
      await worker.start({ serviceWorker: { url: serviceWorkerUrl }, quiet, onUnhandledRequest: "bypass" });
    },
    stop: () => worker.stop(),
    reset() {
      worker.resetHandlers();
      mock.reset();
    },
  };
}

export { createLangflowMock } from "./create-mock";
export type { LangflowMockOptions } from "./options";

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

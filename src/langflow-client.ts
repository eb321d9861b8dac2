import { type ClientOptions, type ResolvedOptions, resolveOptions } from "./core/options";
import { createRawClient, type RawClient } from "./core/raw-client";

/**
 * The Langflow client. `raw` reaches every operation of the server's spec, typed;
 * resource groups (`run`, `flows`, `workflows`, ...) build on the same transport.
 */
export class LangflowClient {
  /** openapi-fetch client typed with every operation of the Langflow spec. */
  readonly raw: RawClient;
  /** The options in effect after defaults and validation (credentials included: do not log it). */
  readonly #options: ResolvedOptions;

  constructor(options: ClientOptions = {}) {
    this.#options = resolveOptions(options);
    this.raw = createRawClient(this.#options);
  }

  /** The server root requests go to, with the `/lf/{langflowId}` prefix when set. */
  get baseUrl(): string {
    return this.#options.baseUrl;
  }
}

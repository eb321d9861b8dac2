import { type ClientOptions, resolveOptions } from "./core/options";
import { createRawClient, type RawClient } from "./core/raw-client";
import { Transport } from "./core/transport";
import { WorkflowsClient } from "./workflows/workflows-client";

/**
 * The Langflow client. `raw` reaches every operation of the server's spec, typed;
 * resource groups (`run`, `flows`, `workflows`, ...) build on the same transport.
 */
export class LangflowClient {
  /** openapi-fetch client typed with every operation of the Langflow spec (same auth, timeouts and retries). */
  readonly raw: RawClient;
  /** @internal The transport shared by every resource group. */
  readonly transport: Transport;
  /** The v2 Workflow API (run, stream, background jobs), sharing this client's transport. */
  readonly workflows: WorkflowsClient;

  constructor(options: ClientOptions = {}) {
    this.transport = new Transport(resolveOptions(options));
    this.raw = createRawClient(this.transport);
    this.workflows = new WorkflowsClient(this.transport);
  }

  /** The server root requests go to, with the `/lf/{langflowId}` prefix when set. */
  get baseUrl(): string {
    return this.transport.options.baseUrl;
  }
}

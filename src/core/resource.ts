// The base of every resource group (`lf.flows`, `lf.monitor`, ..., `lf.workflows` and its jobs): each one sends its
// requests through the client's one transport (auth, retries, timeouts, hooks). See src/README.md, "How to add a
// resource".
import type { Transport } from "./transport";

export abstract class APIResource {
  /** @internal The client's transport, shared by all its resource groups. */
  protected readonly transport: Transport;

  /** @internal Resource groups are built by their client (`lf.flows`, `lf.workflows`, `wf.job(id)`). */
  constructor(transport: Transport) {
    this.transport = transport;
  }
}

// Finds which Workflow API body the server takes (once per client): the `apiVersion` option, else the
// server's version (GET /api/v1/version).
import type { Transport } from "../core/transport";
import { describeVersion, generationOf } from "./server-generation";
import type { ServerGeneration } from "./types";

export class GenerationProbe {
  #cached: Promise<{ generation: ServerGeneration; version: string }> | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly fixed: ServerGeneration | undefined,
  ) {}

  get(): Promise<{ generation: ServerGeneration; version: string }> {
    if (this.fixed)
      return Promise.resolve({ generation: this.fixed, version: this.fixed === "1.10" ? "1.10" : "current" });
    this.#cached ??= this.transport
      .json<{ version?: string }>({ method: "GET", path: "/api/v1/version", schema: "version" })
      .then((body) => {
        const version = body?.version ?? "unknown";
        return { generation: generationOf(version), version: describeVersion(version) };
      })
      .catch((error: unknown) => {
        this.#cached = undefined; // try again next time
        throw error;
      });
    return this.#cached;
  }
}

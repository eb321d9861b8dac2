// Finds which Workflow API body the server takes (once per client): the `apiVersion` option, else the
// server's version (GET /api/v1/version), read by server-generation.ts (loaded on demand).
import { onDemand } from "../core/on-demand";
import type { Transport } from "../core/transport";
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
    // What the version means (server-generation.ts) loads on demand, while the version is asked.
    this.#cached ??= Promise.all([
      this.transport.json<{ version?: string }>({
        method: "GET",
        path: "/api/v1/version",
        schema: "version",
      }),
      onDemand(import("./server-generation"), "server version reader"),
    ])
      .then(([body, { describeVersion, generationOf }]) => {
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

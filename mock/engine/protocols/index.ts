import type { RunOutcome } from "../run";
import { aguiProtocol } from "./agui";
import { langflowProtocol } from "./langflow";
import type { ProtocolName, RunEnd, StreamProtocol } from "./types";

export { type Frame, PROTOCOLS, type ProtocolName, type RunEnd, type StreamProtocol } from "./types";

export function createProtocol(name: ProtocolName, threadId: string, runId: string): StreamProtocol {
  return name === "agui" ? aguiProtocol(threadId, runId) : langflowProtocol();
}

/** How a finished run ends its stream. */
export function runEnd(outcome: RunOutcome): RunEnd {
  if (outcome.status === "success")
    return { kind: "end", buildDuration: (outcome.ended - outcome.started) / 1000 };
  if (outcome.status === "error")
    return { kind: "error", message: outcome.error?.message ?? "Unknown error" };
  return { kind: "cancelled", reason: "Run stopped by the client" };
}

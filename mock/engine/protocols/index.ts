import type { RunOutcome } from "../types";
import { aguiProtocol } from "./agui";
import { langflowProtocol } from "./langflow";

export { refusedMessage } from "./langflow";

import type { ProtocolEncoder, ProtocolName, RunEnd } from "./types";

export { type Frame, PROTOCOLS, type ProtocolEncoder, type ProtocolName, type RunEnd } from "./types";

export function createProtocol(name: ProtocolName, threadId: string, runId: string): ProtocolEncoder {
  return name === "agui" ? aguiProtocol(threadId, runId) : langflowProtocol();
}

/** How a finished run ends its stream. */
export function runEnd(outcome: RunOutcome): RunEnd {
  const buildDuration = outcome.vertices.reduce((sum, v) => sum + (v.ended - v.started) / 1000, 0);
  if (outcome.status === "success") return { kind: "end", buildDuration };
  // 1.13.0's langflow stream ends with `end` after a failed component too (its error events came before).
  if (outcome.status === "error")
    return { kind: "error", message: outcome.error?.message ?? "Unknown error", buildDuration };
  return { kind: "cancelled", reason: "Run stopped by the client" };
}

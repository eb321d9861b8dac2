// A protocol encoder turns engine events into frames (JSON text), each durable (replayed on re-attach) or not.
import type { EngineEvent } from "../events";

export interface Frame {
  data: string;
  durable: boolean;
}

export type RunEnd =
  | { kind: "end"; buildDuration: number }
  /** A component failed: its error events came during the run. */
  | { kind: "error"; message: string; buildDuration: number }
  /** The flow could not be built or its tweaks were refused: nothing ran. */
  | { kind: "refused"; message: string; flowId: string; timestamp: string }
  | { kind: "cancelled"; reason: string };

export interface ProtocolEncoder {
  start(): Frame[];
  onEvent(event: EngineEvent): Frame[];
  finish(end: RunEnd): Frame[];
  /** A Human Input paused the run: the frames that end the stream until a resume (`human_input_required`). */
  pause(request: Record<string, unknown>): Frame[];
}

export type ProtocolName = "langflow" | "agui";
export const PROTOCOLS: readonly ProtocolName[] = ["agui", "langflow"];

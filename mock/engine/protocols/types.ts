// A protocol encoder turns engine events into frames (JSON text), each durable (replayed on re-attach) or not.
import type { EngineEvent } from "../events";

export interface Frame {
  data: string;
  durable: boolean;
}

export type RunEnd =
  | { kind: "end"; buildDuration: number }
  | { kind: "error"; message: string; buildDuration: number }
  | { kind: "cancelled"; reason: string };

export interface ProtocolEncoder {
  start(): Frame[];
  onEvent(event: EngineEvent): Frame[];
  finish(end: RunEnd): Frame[];
}

export type ProtocolName = "langflow" | "agui";
export const PROTOCOLS: readonly ProtocolName[] = ["agui", "langflow"];

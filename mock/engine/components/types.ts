// The contract between the engine and its components.
import type { Clock } from "../../clock";
import type { FlowRecord } from "../../state/flows";
import type { MessageRecord } from "../../state/messages";
import type { EventSink } from "../events";
import type { Graph, Vertex } from "../graph";
import type { MessageSource } from "../message";

/** A value flowing along an edge. */
export interface Value {
  text: string;
  /** Set when the value is a stored/created chat message. */
  message?: MessageRecord;
  /** Set by the model stand-in: the answer split into tokens, streamed by the ChatOutput that shows it. */
  tokens?: string[];
  /** Who produced it (message `properties.source`). */
  source?: MessageSource;
}

export interface RunEnv {
  flow: FlowRecord;
  sessionId: string;
  runId: string;
  /** Input of the run (`input_value`); null = no input. */
  inputValue: string | null;
  inputType: "chat" | "text" | "any";
  clock: Clock;
  signal: AbortSignal;
  tokenDelayMs: number;
  emit: EventSink;
  /** Creates a message, stores it when `store` (and a session exists), returns it. */
  createMessage(input: {
    sender: string;
    sender_name: string;
    text: string;
    source: MessageSource;
    store: boolean;
    sessionId?: string;
    state?: "complete" | "partial";
    id?: string;
  }): MessageRecord;
}

export interface ComponentInput {
  vertex: Vertex;
  /** Template values after tweaks, globals and connected inputs (connected inputs as text). */
  params: Record<string, unknown>;
  /** Connected inputs by field. */
  inputs: Record<string, Value>;
  env: RunEnv;
  /** The whole graph (a ChatOutput names its upstream component as the message source). */
  graph?: Graph;
}

export interface ComponentResult {
  /** By output name. */
  outputs: Record<string, Value>;
  /** `build_data.data.results` entries (message dumps), by result key. */
  results?: Record<string, MessageRecord>;
  /** Chat components report their message as the vertex artifact. */
  chatArtifact?: { text: string; sender: string | null; sender_name: string | null };
}

export interface Component {
  run(input: ComponentInput): Promise<ComponentResult> | ComponentResult;
}

/** An error raised by a component: the run fails with this message and Python exception type. */
export class ComponentError extends Error {
  constructor(
    message: string,
    readonly errorType = "ValueError",
  ) {
    super(message);
  }
}

export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && "text" in (value as object))
    return String((value as { text: unknown }).text ?? "");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

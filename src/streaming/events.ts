// Typed events of every Langflow stream. Each union is discriminated (`event` for Langflow's own events,
// `type` for AG-UI and the Responses API); an event the SDK does not know is passed through as the
// `unknown` variant, with its name, rather than dropped (typed-events.ts, loaded with the stream decoders).
import type { SpecSchema } from "../core/spec-types";

/** One chat message inside a v1 run result (`RunMessage`). */
export interface RunMessage extends SpecSchema<"RunMessage"> {}
/** The v1 run result as the server sends it (`RunResponse`): `session_id` and `outputs`. */
export interface RunResponse extends SpecSchema<"RunResponse"> {}

/** Payload of `token`: one chunk of a message being generated. */
export interface TokenData {
  chunk: string;
  id?: string;
  timestamp?: string;
}

/** The request of a paused job as the server sends it (`toHumanInputRequest` gives the SDK's camelCase form). */
export interface HumanInputRequestData {
  request_id: string;
  kind: string;
  prompt?: string | null;
  options?: { action_id: string; label: string }[];
  allowed_decisions?: string[];
  timeout_seconds?: number;
  fallback_action?: string | null;
  paused_at?: string;
  [key: string]: unknown;
}

/** An event the SDK has no type for; `name` is the server's event name. */
export interface UnknownLangflowEvent {
  event: "unknown";
  name: string;
  data: unknown;
}

/** v1 `POST /api/v1/run/{flow}?stream=true`. */
export type RunEvent =
  | { event: "add_message"; data: RunMessage }
  | { event: "token"; data: TokenData }
  | { event: "end"; data: { result?: RunResponse } }
  | { event: "error"; data: { error?: string; text?: string; [key: string]: unknown } }
  | { event: "end_vertex" | "build_start" | "build_end" | "remove_message"; data: Record<string, unknown> }
  | UnknownLangflowEvent;

/** Langflow's EventManager events: build events (`/api/v1/build/{job}/events`) and v2 `stream_protocol: "langflow"`. */
export type LangflowEvent =
  | { event: "vertices_sorted"; data: { ids: string[]; to_run?: string[] } }
  | { event: "build_start"; data: { id?: string } }
  | { event: "build_end"; data: Record<string, unknown> }
  | { event: "add_message"; data: RunMessage }
  | { event: "token"; data: TokenData }
  | { event: "remove_message"; data: { id: string } }
  | {
      event: "end_vertex";
      data: { build_data?: Record<string, unknown>; output_meta?: Record<string, unknown> };
    }
  | {
      event: "output";
      data: {
        component_id: string;
        type: string;
        status: string;
        display_name?: string | null;
        content?: unknown;
        metadata?: Record<string, unknown> | null;
      };
    }
  | { event: "log" | "warning" | "progress"; data: unknown }
  /** A background job paused for a person's decision (Langflow 1.11+); the stream ends here, the job is `suspended`. */
  | { event: "human_input_required"; data: HumanInputRequestData }
  | { event: "end"; data: { build_duration?: number } }
  | { event: "error"; data: { error?: string; text?: string; [key: string]: unknown } }
  | { event: "cancelled"; data: { reason?: string } }
  | UnknownLangflowEvent;

/** The build stream's events. */
export type BuildEvent = LangflowEvent;

/** v2 `stream_protocol: "agui"`: AG-UI events (camelCase, null fields omitted). */
export type AguiEvent =
  | { type: "RUN_STARTED" | "RUN_FINISHED"; threadId: string; runId: string }
  | { type: "RUN_ERROR"; message: string; code?: string }
  | { type: "STEP_STARTED" | "STEP_FINISHED"; stepName: string }
  | { type: "TEXT_MESSAGE_START"; messageId: string; role?: string }
  | { type: "TEXT_MESSAGE_CONTENT"; messageId: string; delta: string }
  | { type: "TEXT_MESSAGE_END"; messageId: string }
  | { type: "TOOL_CALL_START"; toolCallId: string; toolCallName: string; parentMessageId?: string }
  | { type: "TOOL_CALL_ARGS"; toolCallId: string; delta: string }
  | { type: "TOOL_CALL_END"; toolCallId: string }
  | { type: "TOOL_CALL_RESULT"; messageId: string; toolCallId: string; content: string }
  | { type: "STATE_SNAPSHOT"; snapshot: unknown }
  | { type: "STATE_DELTA"; delta: unknown[] }
  /** The AG-UI form of `human_input_required` (Langflow 1.11+): the stream ends here, the job is `suspended`. */
  | { type: "CUSTOM"; name: "langflow.human_input_required"; value: HumanInputRequestData }
  | { type: "CUSTOM"; name: string; value: unknown }
  | { type: "UNKNOWN"; name: string; raw: Record<string, unknown> };

/** A v2 workflow stream event, in the protocol chosen at submit. */
export type WorkflowEvent = LangflowEvent | AguiEvent;

/** `POST /api/v1/responses` with `stream: true`: OpenAI-style chunks; `event` is the SSE event name if any. */
export interface ResponsesStreamEvent {
  type: string;
  event?: string;
  delta?: string;
  [key: string]: unknown;
}

/** `/logs-stream`: one log line. */
export interface LogEvent {
  timestamp: string;
  message: string;
}

/**
 * The warning on a sync or streamed run that went past a Human Input (`result.warnings`, a langflow stream's
 * `finalResult().warnings`): only background jobs pause (docs/server-quirks.md).
 */
export const HUMAN_INPUT_SKIPPED =
  "Human Input not asked: only wf.submit() jobs pause for it (job.wait({ onHumanInput })).";

// The server's event objects as the typed events of events.ts: known names and types pass as they are, any other
// becomes the `unknown` / `UNKNOWN` variant with its name. Part of the stream decoders (loaded on demand): no runtime
// import from the eagerly loaded SDK (see decoders.ts).
import type { AguiEvent, LangflowEvent, RunEvent, WorkflowEvent } from "./events";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const LANGFLOW_EVENTS = new Set([
  "vertices_sorted",
  "build_start",
  "build_end",
  "add_message",
  "token",
  "remove_message",
  "end_vertex",
  "output",
  "log",
  "warning",
  "progress",
  "human_input_required",
  "end",
  "error",
  "cancelled",
]);
const AGUI_TYPES = new Set([
  "RUN_STARTED",
  "RUN_FINISHED",
  "RUN_ERROR",
  "STEP_STARTED",
  "STEP_FINISHED",
  "TEXT_MESSAGE_START",
  "TEXT_MESSAGE_CONTENT",
  "TEXT_MESSAGE_END",
  "TOOL_CALL_START",
  "TOOL_CALL_ARGS",
  "TOOL_CALL_END",
  "TOOL_CALL_RESULT",
  "STATE_SNAPSHOT",
  "STATE_DELTA",
  "CUSTOM",
]);

/** `{event, data}` -> a LangflowEvent (unknown names become the `unknown` variant). Known events are not copied. */
export function toLangflowEvent(value: unknown): LangflowEvent {
  if (!isRecord(value) || typeof value.event !== "string") return { event: "unknown", name: "", data: value };
  if (!LANGFLOW_EVENTS.has(value.event)) return { event: "unknown", name: value.event, data: value.data };
  if (value.data === undefined) value.data = {};
  return value as LangflowEvent;
}

/** v1 run events share Langflow's names; `end` carries the run result. */
export function toRunEvent(value: unknown): RunEvent {
  return toLangflowEvent(value) as RunEvent;
}

/** An AG-UI event object -> an AguiEvent (unknown types become the `UNKNOWN` variant). */
function toAguiEvent(value: unknown): AguiEvent {
  if (!isRecord(value) || typeof value.type !== "string") {
    return { type: "UNKNOWN", name: "", raw: isRecord(value) ? value : {} };
  }
  if (!AGUI_TYPES.has(value.type)) return { type: "UNKNOWN", name: value.type, raw: value };
  return value as AguiEvent;
}

/** A v2 stream event in either protocol: Langflow's have `event`, AG-UI events have `type`. */
export function toWorkflowEvent(value: unknown): WorkflowEvent {
  if (isRecord(value) && typeof value.event !== "string") {
    // The re-attach replay ends a stopped or timed-out job with a bare {"type": "cancelled" | "timed_out"} row.
    if (value.type === "cancelled") return { event: "cancelled", data: {} };
    if (value.type === "timed_out") return { event: "error", data: { error: "The job timed out." } };
    if (typeof value.type === "string") return toAguiEvent(value);
  }
  return toLangflowEvent(value);
}

// Events the engine emits while a flow runs (Langflow's EventManager vocabulary).

export type EngineEventName =
  | "vertices_sorted"
  | "build_start"
  | "add_message"
  | "token"
  | "end_vertex"
  | "end"
  | "error"
  | "log";

export interface EngineEvent {
  event: EngineEventName;
  data: Record<string, unknown>;
  /** Set on events of a loop body's iterations (1.13.0 sends their build events on the v1 stream too). */
  subgraph?: boolean;
}

export type EventSink = (event: EngineEvent) => void;

/** Python `json.dumps` defaults (", " / ": " separators, ensure_ascii), as the server frames its events. */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return asciiString(value);
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(", ")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${asciiString(k)}: ${pythonJson(v)}`).join(", ")}}`;
}

function asciiString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

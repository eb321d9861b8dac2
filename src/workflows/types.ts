// Public types of the v2 Workflow API wrapper.
import type { SpecSchema } from "../core/spec-types";

/** The server's sync result, as the pinned server sends it (older servers send a subset; see WorkflowResult.raw). */
export interface WorkflowExecutionResponse extends SpecSchema<"WorkflowExecutionResponse"> {}

/** Job lifecycle: `queued -> in_progress -> completed | failed | cancelled | timed_out`, plus `suspended` (human input). */
export type JobStatus =
  | "queued"
  | "in_progress"
  | "completed"
  | "failed"
  | "cancelled"
  | "timed_out"
  | "suspended";

/** Which request body the server takes: `"current"` (1.11+: mode/input_value/tweaks) or `"1.10"` (background/stream/inputs). */
export type ServerGeneration = "current" | "1.10";

export interface WorkflowError {
  error: string;
  code?: string | null;
  details?: Record<string, unknown> | null;
}

/** What every workflow output has, whatever its `type`. */
export interface WorkflowOutputBase {
  /** The component (vertex) id, the key of `outputs`. */
  componentId: string;
  status: string;
  displayName?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** One terminal component's output, typed by its `type`. */
export type WorkflowOutput =
  | (WorkflowOutputBase & { type: "message" | "text"; content: string | null })
  | (WorkflowOutputBase & { type: "data"; content: Record<string, unknown> | null })
  | (WorkflowOutputBase & { type: "dataframe"; content: unknown })
  | (WorkflowOutputBase & { type: "image" | "sql" | "file"; content: unknown })
  | (WorkflowOutputBase & { type: "unknown"; serverType: string; content: unknown });

export interface WorkflowResult {
  status: JobStatus | (string & {});
  /** The single text answer, when the run produced exactly one (server's `output.reason === "single"`). */
  text: string | undefined;
  /** By component id. */
  outputs: Record<string, WorkflowOutput>;
  errors: WorkflowError[];
  flowId: string | undefined;
  sessionId: string | undefined;
  jobId: string | undefined;
  /** The server's body, untouched. */
  raw: WorkflowExecutionResponse;
}

/** Inputs of one run; the same call works against both server generations. */
export interface WorkflowInputs {
  /** The chat input. */
  inputValue?: string;
  sessionId?: string;
  /** `{ [componentId]: { [param]: value } }`. */
  tweaks?: Record<string, Record<string, unknown>>;
  /** Request-scoped global variables. */
  globals?: Record<string, string>;
  /** Sync only: restrict the result to these terminal components. */
  outputIds?: string[];
  /**
   * 1.10 servers only: the flow's ChatInput component id, which carries `inputValue` and `sessionId` there.
   * When omitted, the client looks it up in the flow (one request, cached).
   */
  inputComponentId?: string;
}

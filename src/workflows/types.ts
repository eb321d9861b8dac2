// Public types of the v2 Workflow API wrapper.
import type { HumanInputRequest } from "../core/human-input";
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
  /** The server's warnings, and the SDK's (e.g. a Human Input a sync run went past: `HUMAN_INPUT_SKIPPED`). */
  warnings: string[];
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

/** A person's answer to a human-input request: an action id (`"approve"`), or the server's object (`{ action_id, ... }`). */
export type HumanDecision = string | ({ action_id: string } & Record<string, unknown>);

/** `job.wait({ onHumanInput })`: decides each pause of the job; wait resumes with the answer and goes on waiting. */
export type OnHumanInput = (request: HumanInputRequest) => HumanDecision | Promise<HumanDecision>;

/** `job.resume(params)`. */
export interface ResumeParams {
  /** The id of the request answered (`snapshot.humanInput.requestId`, `error.request.requestId`). */
  requestId: string;
  decision: HumanDecision;
}

/** A suspended job of a flow and the request it waits for (`wf.pending(flow)`). */
export interface PendingHumanInput extends HumanInputRequest {
  jobId: string;
  flowId: string;
  /** The run's `session_id`; null when it was sent without one. */
  sessionId: string | null;
  createdAt: string | null;
}

// v2 response bodies: WorkflowExecutionResponse, WorkflowJobResponse, and the 1.10 shapes.
import type { components } from "../../../src/generated/openapi";
import { isoTimestamp } from "../../clock";
import { v2OutputSummary, v2Outputs } from "../../engine/results";
import type { RunOutcome } from "../../engine/run";
import type { JobRecord } from "../../state/jobs";

type ExecutionResponse = components["schemas"]["WorkflowExecutionResponse"];
type JobResponse = components["schemas"]["WorkflowJobResponse"];

function jobLinks(jobId: string) {
  return {
    status: `/api/v2/workflows?job_id=${jobId}`,
    events: `/api/v2/workflows/${jobId}/events`,
    stop: "/api/v2/workflows/stop",
  };
}

/** `object: "job"` (1.11+). */
export function jobBody(job: JobRecord): JobResponse {
  return {
    job_id: job.id,
    flow_id: job.flowId,
    object: "job",
    created_timestamp: isoTimestamp(job.created),
    status: job.status,
    links: jobLinks(job.id),
    errors: [],
    globals: job.globals,
  };
}

/** `object: "response"` for a finished run (1.11+). */
export function executionBody(
  job: JobRecord,
  outcome: RunOutcome,
  onlyOutputs: string[] | null = null,
): ExecutionResponse & Record<string, unknown> {
  const base = {
    flow_id: job.flowId,
    session_id: outcome.sessionId,
    job_id: job.id,
    object: "response" as const,
    created_timestamp: isoTimestamp(job.created),
  };
  if (outcome.status !== "success") {
    const error = outcome.error ?? { message: "Run cancelled", type: "CancelledError" };
    return {
      ...base,
      status: "failed",
      output: { reason: "failed" } as ExecutionResponse["output"],
      errors: [
        {
          error: error.message,
          code: "EXECUTION_ERROR",
          details: { flow_id: job.flowId, error_type: error.type },
        },
      ],
      warnings: [],
      inputs: job.inputs,
      globals: job.globals,
      outputs: {},
      human_request: null,
      has_errors: true,
    };
  }
  const all = v2Outputs(outcome);
  const outputs = onlyOutputs
    ? Object.fromEntries(Object.entries(all).filter(([id]) => onlyOutputs.includes(id)))
    : all;
  return {
    ...base,
    status: "completed",
    output: v2OutputSummary(outputs),
    errors: [],
    warnings: [],
    inputs: job.inputs,
    globals: job.globals,
    outputs,
    human_request: null,
    has_errors: false,
  };
}

/** 1.10 execution response (`created_at` epoch seconds, `component_id` inside outputs, `metadata: {}`). */
export function legacyExecutionBody(job: JobRecord, outcome: RunOutcome | null) {
  const outputs: Record<string, unknown> = {};
  if (outcome?.status === "success") {
    for (const [id, o] of Object.entries(v2Outputs(outcome))) {
      outputs[id] = { type: o.type, component_id: id, status: o.status, content: o.content };
    }
  }
  const failed = outcome && outcome.status !== "success";
  return {
    flow_id: job.flowId,
    job_id: job.id,
    object: "response",
    created_at: Math.floor(job.created / 1000),
    status: outcome ? (failed ? "failed" : "completed") : job.status,
    errors: failed ? [{ error: outcome?.error?.message ?? "Run failed", code: "EXECUTION_ERROR" }] : [],
    inputs: job.inputs,
    outputs,
    metadata: {},
  };
}

/** 1.10 background submit answer. */
export function legacyJobBody(job: JobRecord) {
  return { job_id: job.id, created_timestamp: isoTimestamp(job.created), status: job.status, errors: [] };
}

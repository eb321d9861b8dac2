// v2 response bodies: WorkflowExecutionResponse, WorkflowJobResponse, and the 1.10 shapes.
import type { components } from "../../../src/generated/openapi";
import { isoTimestamp } from "../../clock";
import { v2OutputSummary, v2Outputs } from "../../engine/results";
import type { RunOutcome } from "../../run-flow";
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

/** `object: "response"` for a finished run (1.11+); `untakenBranches` as in `v2Outputs`. */
export function executionBody(
  job: JobRecord,
  outcome: RunOutcome,
  onlyOutputs: string[] | null = null,
  untakenBranches = false,
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
      // 1.13.0 answers a failed run without its session, and with text and source null (the contract suite's parity).
      session_id: null,
      status: "failed",
      output: { reason: "failed", text: null, source: null } as ExecutionResponse["output"],
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
  const all = v2Outputs(outcome, untakenBranches);
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

/**
 * A 1.11 execution response: no `warnings` (arrived in 1.12); a sync answer's `inputs` echo the tweaks plus the
 * `stream: false` the server adds to them, the status of a finished job has `inputs: {}`.
 */
export function as111(body: Record<string, unknown>, sync: boolean): Record<string, unknown> {
  const { warnings: _w, ...rest } = body;
  return { ...rest, inputs: sync ? { ...(body.inputs as object), stream: false } : {} };
}

/** 1.9/1.10 links: no `events` (re-attaching to a job arrived in 1.11). */
function legacyLinks(jobId: string) {
  return { status: `/api/v2/workflows?job_id=${jobId}`, stop: "/api/v2/workflows/stop" };
}

/** `globals` is in 1.10's answers (echoing the request's), not in 1.9's. */
const legacyGlobals = (job: JobRecord, profile: "1.10" | "1.9") =>
  profile === "1.10" ? { globals: job.globals } : {};

/**
 * 1.9/1.10 execution response: outputs `{type, status, content, metadata}` (no display_name), no session_id, output,
 * warnings, human_request. A sync answer echoes the request's `inputs`; the status of a finished job (rebuilt from its
 * vertex builds) has `inputs: {}`.
 */
export function legacyExecutionBody(
  job: JobRecord,
  outcome: RunOutcome | null,
  profile: "1.10" | "1.9",
  inputs: Record<string, unknown>,
) {
  const outputs: Record<string, unknown> = {};
  if (outcome?.status === "success") {
    for (const [id, o] of Object.entries(v2Outputs(outcome))) {
      outputs[id] = { type: o.type, status: o.status, content: o.content, metadata: o.metadata };
    }
  }
  const failed = outcome && outcome.status !== "success";
  return {
    flow_id: job.flowId,
    job_id: job.id,
    object: "response",
    created_timestamp: isoTimestamp(job.created),
    status: outcome ? (failed ? "failed" : "completed") : job.status,
    errors: failed ? [{ error: outcome?.error?.message ?? "Run failed", code: "EXECUTION_ERROR" }] : [],
    inputs,
    ...legacyGlobals(job, profile),
    outputs,
  };
}

/** 1.9/1.10 job answer: the background submit, and the status of an unfinished or cancelled job. */
export function legacyJobBody(job: JobRecord, profile: "1.10" | "1.9") {
  return {
    job_id: job.id,
    flow_id: job.flowId,
    object: "job",
    created_timestamp: isoTimestamp(job.created),
    status: job.status,
    links: legacyLinks(job.id),
    errors: [],
    ...legacyGlobals(job, profile),
  };
}

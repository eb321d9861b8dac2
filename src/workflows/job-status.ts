// How the v2 answers about a run read: a job's status as a typed snapshot, a run's result (result.ts), and the errors
// of a failed one. The server answers a finished job's failure with HTTP 500 JOB_FAILED and a server-side timeout with
// 408 EXECUTION_TIMEOUT: those are states, not transport errors. Only an answer needs this, so it is loaded on demand
// (job.ts, `answersModule`), while the request that brings the answer is in flight; the SDK's classes it uses come in
// a kit, so bundlers split nothing out to share with the eager code.
import type { APIError, JobCancelledError, JobFailedError, LangflowError } from "../core/errors";
import type { HumanInputRequest } from "../core/human-input";
import type { PollStep } from "../core/poll";
import { toWorkflowResult } from "./result";
import type { JobStatus, WorkflowExecutionResponse, WorkflowResult } from "./types";

export { toWorkflowResult };

export interface JobSnapshot {
  jobId: string;
  status: JobStatus | (string & {});
  /** Set when the job completed. */
  result?: WorkflowResult;
  /** The server's error details for a failed or timed-out job. */
  errors: unknown[];
  /** The body as the server sent it (the error body for failed / timed-out jobs). */
  raw: unknown;
  /** `suspended` (Langflow 1.11+): what the job waits for, from the flow's pending list. */
  humanInput?: HumanInputRequest;
}

/** The error classes this module needs, passed in by job.ts. */
export interface AnswerKit {
  APIError: typeof APIError;
  JobCancelledError: typeof JobCancelledError;
  JobFailedError: typeof JobFailedError;
  LangflowError: typeof LangflowError;
}

const TERMINAL = new Set(["completed", "failed", "cancelled", "timed_out", "error"]);

/** Snapshot from a 200 body: a job object while it runs, the execution response once it completed. */
export function snapshotFromBody(jobId: string, body: Record<string, unknown>): JobSnapshot {
  const status = typeof body.status === "string" ? body.status : "queued";
  const errors = Array.isArray(body.errors) ? body.errors : [];
  // 1.10 servers answer a running job with an execution response whose status is in_progress.
  if (body.object === "response" && status === "completed") {
    return { jobId, status, result: toWorkflowResult(body as WorkflowExecutionResponse), errors, raw: body };
  }
  return { jobId, status, errors, raw: body };
}

/** Snapshot from the error answers that describe a job's state; undefined for real errors. */
export function snapshotFromError(kit: AnswerKit, jobId: string, error: unknown): JobSnapshot | undefined {
  if (!(error instanceof kit.APIError)) return undefined;
  const detail = (typeof error.detail === "object" && error.detail !== null ? error.detail : {}) as Record<
    string,
    unknown
  >;
  if (error.code === "JOB_FAILED") {
    const cause = detail.error_detail ?? detail.message ?? "The job failed.";
    return { jobId, status: "failed", errors: [cause], raw: error.body };
  }
  if (error.code === "EXECUTION_TIMEOUT") {
    return {
      jobId,
      status: "timed_out",
      errors: [detail.message ?? "The job timed out on the server."],
      raw: error.body,
    };
  }
  return undefined;
}

/**
 * Langflow 1.9/1.10 rebuild a completed job's answer from its vertex builds, which are written in the background:
 * for a moment after completing, the status answers 500 "No vertex builds found" (docs/server-quirks.md).
 */
export function isResultNotWrittenYet(kit: AnswerKit, error: unknown): boolean {
  return (
    error instanceof kit.APIError &&
    error.status === 500 &&
    error.code === "INTERNAL_SERVER_ERROR" &&
    /No vertex builds found/.test(JSON.stringify(error.detail ?? ""))
  );
}

/** "<what> failed: <the first error>", as a JobFailedError carrying all the server's errors. */
export function jobFailed(
  kit: AnswerKit,
  what: string,
  errors: unknown[],
  jobId: string | undefined,
  verb = "failed",
): JobFailedError {
  const first = errors[0];
  const reason =
    typeof first === "string"
      ? first
      : typeof first === "object" && first !== null && "error" in first
        ? String(first.error)
        : undefined;
  return new kit.JobFailedError(`${what} ${verb}${reason ? `: ${reason}` : "."}`, { jobId, errors });
}

/**
 * What one poll of `job.wait()` makes of a snapshot (not `suspended`: job.ts handles a pause): keep waiting, the
 * result, or the error the wait ends with. `state` lives as long as the wait; `refetch` asks for the status again.
 */
export async function waitStep(
  kit: AnswerKit,
  jobId: string,
  snapshot: JobSnapshot,
  state: { failedOnce: boolean },
  refetch: () => Promise<JobSnapshot>,
): Promise<PollStep<JobSnapshot, WorkflowResult>> {
  if (!TERMINAL.has(snapshot.status)) return { done: false, snapshot };
  // Langflow 1.13.0 answers 500 JOB_FAILED for a moment right after a stop, then "cancelled"
  // (docs/server-quirks.md): a failure is believed only when the next poll still says so.
  if (snapshot.status === "failed" && !state.failedOnce) {
    state.failedOnce = true;
    return { done: false };
  }
  if (snapshot.status === "completed") {
    // A completed job answers with its result; fetch it if this snapshot came without one.
    const result = snapshot.result ?? (await refetch()).result;
    if (!result) throw new kit.LangflowError(`Job ${jobId} completed but the server sent no result.`);
    if (result.status === "failed") throw jobFailed(kit, `Job ${jobId}`, result.errors, jobId);
    return { done: true, snapshot, value: result };
  }
  if (snapshot.status === "cancelled")
    return { done: true, snapshot, error: new kit.JobCancelledError(`Job ${jobId} was cancelled.`, jobId) };
  const what = snapshot.status === "timed_out" ? "timed out on the server" : "failed";
  return { done: true, snapshot, error: jobFailed(kit, `Job ${jobId}`, snapshot.errors, jobId, what) };
}

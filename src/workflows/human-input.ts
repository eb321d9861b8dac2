// Human in the loop on the v2 API (Langflow 1.11+): the pending requests of a flow, resuming a paused job, and what
// `job.wait()` does at a pause. Loaded on demand (the first pause, resume or pending call), so a client that never
// meets a Human Input does not carry it.
import type { ConflictError, JobSuspendedError, LangflowConfigError } from "../core/errors";
import { type HumanInputRequest, toHumanInputRequest } from "../core/human-input";
import type { path } from "../core/path";
import type { PollStep } from "../core/poll";
import type { RequestOptions } from "../core/request-options";
import type { Transport } from "../core/transport";
import type { JobSnapshot } from "./job-status";
import type { HumanDecision, OnHumanInput, PendingHumanInput, ResumeParams } from "./types";

/**
 * What this module needs from the eagerly loaded SDK, passed in by its callers (job.ts): a static import of those
 * modules would make a bundler move them into a chunk shared with this one, growing the eager bundle.
 */
export interface HumanInputKit {
  ConflictError: typeof ConflictError;
  JobSuspendedError: typeof JobSuspendedError;
  LangflowConfigError: typeof LangflowConfigError;
  path: typeof path;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `GET /api/v2/workflows/pending?flow_id=`: the suspended jobs of a flow, each with its request. */
export async function listPending(
  transport: Transport,
  flowId: string,
  options?: RequestOptions,
): Promise<PendingHumanInput[]> {
  const rows = await transport.json<unknown[]>(
    {
      method: "GET",
      path: "/api/v2/workflows/pending",
      query: { flow_id: flowId },
      schema: "workflowPending",
    },
    options,
  );
  return (Array.isArray(rows) ? rows : []).filter(isRecord).map((row) => ({
    ...toHumanInputRequest(row),
    jobId: String(row.job_id),
    flowId: String(row.flow_id ?? flowId),
    sessionId: typeof row.session_id === "string" ? row.session_id : null,
    createdAt: typeof row.created_at === "string" ? row.created_at : null,
  }));
}

/** The request a suspended job waits for (its status body does not carry it: the flow's pending list does). */
export async function pendingRequestOf(
  transport: Transport,
  jobId: string,
  flowId: string | undefined,
  options?: RequestOptions,
): Promise<HumanInputRequest | undefined> {
  if (!flowId) return undefined;
  const rows = await listPending(transport, flowId, options);
  const row = rows.find((r) => r.jobId === jobId);
  if (!row) return undefined;
  const { jobId: _j, flowId: _f, sessionId: _s, createdAt: _c, ...request } = row;
  return request;
}

/** A decision as the server takes it: `{action_id, ...}`. */
function decisionBody(kit: HumanInputKit, decision: HumanDecision): Record<string, unknown> {
  if (typeof decision === "string") return { action_id: decision };
  if (isRecord(decision) && typeof decision.action_id === "string") return decision;
  throw new kit.LangflowConfigError(
    "decision",
    `Invalid "decision": expected an action id (e.g. "approve") or an object with "action_id".`,
  );
}

/**
 * `POST /api/v2/workflows/{job_id}/resume`. With the request known, a decision it does not allow is refused before
 * anything is sent; the server answers a second or stale resume with 409 NOT_RESUMABLE (a ConflictError).
 */
export async function resumeJob(
  kit: HumanInputKit,
  transport: Transport,
  jobId: string,
  params: ResumeParams,
  request: HumanInputRequest | undefined,
  options?: RequestOptions,
): Promise<{ jobId: string; status: string }> {
  if (typeof params.requestId !== "string" || params.requestId === "")
    throw new kit.LangflowConfigError(
      "requestId",
      `Invalid "requestId": expected the request's id (request.requestId).`,
    );
  const decision = decisionBody(kit, params.decision);
  const allowed = request?.requestId === params.requestId ? request.allowedDecisions : [];
  if (allowed.length > 0 && !allowed.includes(decision.action_id as string)) {
    throw new kit.LangflowConfigError(
      "decision",
      `Invalid decision "${String(decision.action_id)}" for request ${params.requestId}: allowed are ${allowed.map((a) => `"${a}"`).join(", ")}.`,
    );
  }
  const body = await transport.json<{ job_id?: string; status?: string }>(
    {
      method: "POST",
      path: kit.path`/api/v2/workflows/${jobId}/resume`,
      body: { request_id: params.requestId, decision },
      schema: "workflowResumed",
    },
    options,
  );
  return { jobId: body?.job_id ?? jobId, status: body?.status ?? "resuming" };
}

/** `job.status()` of a suspended job: adds the request it waits for, from the flow's pending list. */
export async function withRequest(
  transport: Transport,
  snapshot: JobSnapshot,
  flowId: string | undefined,
  options?: RequestOptions,
): Promise<JobSnapshot> {
  snapshot.humanInput = await pendingRequestOf(transport, snapshot.jobId, flowId, options);
  return snapshot;
}

/** `job.resume()`: reads the pending request (its allowed decisions), then answers it. */
export async function resumeChecked(
  kit: HumanInputKit,
  job: { id: string; flowId: string | undefined; status(options?: RequestOptions): Promise<JobSnapshot> },
  transport: Transport,
  params: ResumeParams,
  options?: RequestOptions,
): Promise<{ jobId: string; status: string }> {
  const request = job.flowId
    ? await pendingRequestOf(transport, job.id, job.flowId, options)
    : (await job.status(options)).humanInput;
  return resumeJob(kit, transport, job.id, params, request, options);
}

/**
 * What `job.wait()` does when it finds the job suspended: asks the handler and resumes (once per request; a request
 * answered meanwhile by someone else is left to them), or ends the wait with JobSuspendedError.
 */
export async function onPause(
  kit: HumanInputKit,
  transport: Transport,
  snapshot: JobSnapshot,
  answered: Set<string>,
  handler: OnHumanInput | undefined,
  options?: RequestOptions,
): Promise<PollStep<JobSnapshot, never>> {
  const request = snapshot.humanInput;
  // Not listed yet, or answered by this wait already: the next poll sees where the job is.
  if (!request || answered.has(request.requestId)) return { done: false, snapshot };
  if (!handler) return { done: true, snapshot, error: new kit.JobSuspendedError(snapshot.jobId, request) };
  answered.add(request.requestId);
  try {
    const decision = await handler(request);
    await resumeJob(
      kit,
      transport,
      snapshot.jobId,
      { requestId: request.requestId, decision },
      request,
      options,
    );
  } catch (error) {
    // Answered meanwhile (another client, another wait): the job goes on without this answer.
    if (!(error instanceof kit.ConflictError)) return { done: true, snapshot, error };
  }
  return { done: false, snapshot };
}

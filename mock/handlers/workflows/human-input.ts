// Human-in-the-loop on the v2 API (Langflow 1.11+; 1.13.0's api/v2/workflow.py and api/v2/hitl.py):
// GET /api/v2/workflows/pending?flow_id= lists the suspended jobs of a flow with their request, POST
// /api/v2/workflows/{job_id}/resume answers a pause (the card message is in card.ts).
import type { MockContext } from "../../context";
import { authenticate } from "../../http/auth";
import { HttpError, jsonResponse, v2Error } from "../../http/errors";
import { validateBody } from "../../http/schema";
import { isUuid, normalizeUuid, readJsonBody, uuidParam } from "../../http/validation";
import type { JobPause } from "../../state/jobs";
import { markCard } from "./card";
import { resumeInBackground } from "./run-job";

export function listPending(ctx: MockContext, request: Request, url: URL): Response {
  const user = authenticate(ctx, request);
  const flowId = uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"]);
  const rows = [...ctx.state.jobs.jobs.values()]
    .filter((j) => j.flowId === flowId && j.userId === user.id && j.status === "suspended" && j.pause)
    .map((j) => {
      const r = (j.pause as JobPause).request;
      return {
        job_id: j.id,
        flow_id: j.flowId,
        // The request's own session_id: null when the run was sent without one (it then runs in the flow id's).
        session_id: j.sessionId === j.flowId ? null : j.sessionId,
        created_at: new Date(j.created).toISOString().replace("Z", ""),
        request_id: r.request_id,
        kind: r.kind ?? null,
        prompt: r.prompt ?? null,
        options: r.options ?? [],
        allowed_decisions: r.allowed_decisions,
      };
    });
  return jsonResponse(rows);
}

function jobError(status: number, error: string, code: string, message: string, jobId: string): HttpError {
  return v2Error(status, { error, code, message, job_id: jobId });
}

export async function resumeJob(ctx: MockContext, request: Request, rawJobId: string): Promise<Response> {
  const user = authenticate(ctx, request);
  const body = validateBody<{ request_id: string; decision?: Record<string, unknown> | null }>(
    await readJsonBody(request),
    {
      fields: {
        request_id: { kind: "string", required: true },
        decision: { kind: "object", nullable: true },
      },
    },
  );
  const job = isUuid(rawJobId) ? ctx.state.jobs.get(normalizeUuid(rawJobId), user.id) : undefined;
  // 404 bare, as the other JOB_NOT_FOUND answers.
  if (!job)
    throw new HttpError(404, { error: "Workflow job not found", code: "JOB_NOT_FOUND", job_id: rawJobId });
  const decision = body.decision ?? {};
  // is_decision_allowed: checked against the job's last pause, also once it was answered or the job ended.
  const allowed = job.pause?.request.allowed_decisions ?? [];
  if (allowed.length > 0 && !allowed.includes(decision.action_id as string)) {
    throw jobError(
      422,
      "Invalid decision",
      "INVALID_DECISION",
      "decision.action_id is not one of the pending request's allowed_decisions.",
      job.id,
    );
  }
  if (!resumeInBackground(ctx, job, body.request_id, decision)) {
    throw jobError(
      409,
      "Job is not resumable",
      "NOT_RESUMABLE",
      "Job is not suspended, already resumed, or the request_id is stale.",
      job.id,
    );
  }
  markCard(ctx, job, { submitted_action: decision.action_id ?? null });
  return jsonResponse({ job_id: job.id, status: "resuming", message: "Resume accepted" });
}

// GET /api/v2/workflows?job_id=… and POST /api/v2/workflows/stop.

import type { MockContext } from "../../context";
import { authenticate } from "../../http/auth";
import { jsonResponse, v2Error } from "../../http/errors";
import { validateBody } from "../../http/schema";
import { issue, isUuid, normalizeUuid, readJsonBody, validationError } from "../../http/validation";
import { isLegacyProfile } from "../../options";
import { jobHasEnded } from "../../state/jobs";
import { jobBody, legacyJobBody } from "./bodies";
import { markCard } from "./card";
import { statusJobNotFound, stopJobNotFound } from "./errors";

export function getStatus(ctx: MockContext, request: Request, url: URL): Response {
  const user = authenticate(ctx, request);
  const { profile } = ctx.options;
  const raw = url.searchParams.get("job_id");
  if (!raw) {
    throw v2Error(400, {
      error: "Missing required parameter",
      code: "MISSING_PARAMETER",
      message: "Job ID must be provided",
    });
  }
  if (!isUuid(raw))
    throw validationError([issue.valueError(["query", "job_id"], "Invalid job_id, must be a UUID")]);
  const jobId = normalizeUuid(raw);
  const job = ctx.state.jobs.get(jobId, user.id);
  if (!job) throw statusJobNotFound(jobId);
  if (job.status === "completed" && job.response) return jsonResponse(job.response);
  if (job.status === "failed") {
    throw v2Error(500, {
      error: "Job failed",
      code: "JOB_FAILED",
      message: `Job ${job.id} has failed execution.`,
      job_id: job.id,
      error_detail: job.error ? { error: job.error.message, error_type: job.error.type } : null,
    });
  }
  if (job.status === "timed_out") {
    throw v2Error(408, {
      error: "Execution timeout",
      code: "EXECUTION_TIMEOUT",
      message: "Workflow execution timed out",
      job_id: job.id,
      flow_id: job.flowId,
    });
  }
  return jsonResponse(isLegacyProfile(profile) ? legacyJobBody(job, profile) : jobBody(job));
}

export async function stopJob(ctx: MockContext, request: Request): Promise<Response> {
  const raw = await readJsonBody(request);
  // WorkflowStopRequest has no extra="forbid": unknown fields such as the old `force` are ignored.
  const body = validateBody<{ job_id: string }>(raw, {
    fields: { job_id: { kind: "string", required: true } },
  });
  if (!isUuid(body.job_id))
    throw validationError([issue.valueError(["body", "job_id"], "Invalid job_id, must be a UUID")]);
  const user = authenticate(ctx, request);
  const jobId = normalizeUuid(body.job_id);
  const job = ctx.state.jobs.get(jobId, user.id);
  if (!job) throw stopJobNotFound(jobId);
  if (isLegacyProfile(ctx.options.profile)) {
    // 1.9/1.10 flipped any not-yet-cancelled job (even a finished one) to cancelled.
    if (job.status === "cancelled")
      return jsonResponse({
        job_id: job.id,
        message: `Job ${job.id} is already cancelled or finished executing.`,
      });
    ctx.state.jobs.cancel(job);
    return jsonResponse({ job_id: job.id, message: `Job ${job.id} cancelled successfully.` });
  }
  if (job.status === "cancelled")
    return jsonResponse({ job_id: job.id, message: `Job ${job.id} is already cancelled.` });
  if (jobHasEnded(job)) {
    return jsonResponse({ job_id: job.id, message: `Job ${job.id} already finished (${job.status}).` });
  }
  if (job.status === "suspended") markCard(ctx, job, { superseded: true });
  ctx.state.jobs.cancel(job);
  return jsonResponse({ job_id: job.id, message: `Job ${job.id} cancelled successfully.` });
}

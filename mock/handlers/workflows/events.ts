// GET /api/v2/workflows/{job_id}/events: replay a background job's durable frames after Last-Event-ID, then tail
// it live until it ends (a finished job replays and closes). Ephemeral frames are never replayed.
import type { MockContext } from "../../context";
import { authenticate } from "../../http/auth";
import { createPushStream, SSE_HEADERS, sseFrame } from "../../http/stream";
import { isUuid, normalizeUuid } from "../../http/validation";
import { type JobListener, jobHasEnded } from "../../state/jobs";
import { eventsJobNotFound } from "./errors";

export function jobEvents(ctx: MockContext, request: Request, rawJobId: string): Response {
  const user = authenticate(ctx, request);
  const jobId = isUuid(rawJobId) ? normalizeUuid(rawJobId) : rawJobId;
  const job = ctx.state.jobs.get(jobId, user.id);
  // A sync run's job has no event log: 1.13.0 answers 200 with an empty event stream.
  if (!job) throw eventsJobNotFound(rawJobId);
  const header = request.headers.get("last-event-id");
  const after = header !== null && /^\s*\d+\s*$/.test(header) ? Number(header) : 0;
  let listener: JobListener | undefined;
  const out = createPushStream(() => {
    if (listener) job.listeners.delete(listener);
  });
  for (const frame of job.log) if (frame.id > after) out.push(sseFrame(frame.data, frame.id));
  // A suspended job's stream ends at its `human_input_required` (1.13.0); a resume goes on in a new stream.
  if (jobHasEnded(job) || job.status === "suspended") {
    out.close();
  } else {
    listener = (frame) => (frame === null ? out.close() : out.push(sseFrame(frame.data, frame.id)));
    job.listeners.add(listener);
  }
  return new Response(out.stream, { headers: SSE_HEADERS });
}

// POST /api/v2/workflows, profile "current" (Langflow 1.11+ / 1.13.0), as one pipeline: parse → authenticate →
// check → start the job → run it (sync), stream it (no job) or queue it (background) → answer.
import type { MockContext } from "../../context";
import { authenticate } from "../../http/auth";
import { jsonResponse } from "../../http/errors";
import { globalsFromHeaders } from "../../http/globals";
import { as111, executionBody, jobBody } from "./bodies";
import { checkModeFields, checkStreamProtocol } from "./checks";
import { flowNotFound } from "./errors";
import { liveStream } from "./live-stream";
import { parseRunRequest } from "./request";
import { type JobRunInput, runInBackground, runSync } from "./run-job";

export async function postWorkflow(ctx: MockContext, request: Request): Promise<Response> {
  const body = await parseRunRequest(request); // 1.13.0 validates the body before authenticating
  const user = authenticate(ctx, request);
  const protocol = checkStreamProtocol(body.stream_protocol);
  const flow = ctx.state.flows.get(body.flow_id);
  if (!flow || flow.user_id !== user.id) throw flowNotFound(body.flow_id);
  checkModeFields(body, flow);

  const sessionId = body.session_id || flow.id;
  const input: JobRunInput = {
    flow,
    inputValue: body.input_value,
    sessionId,
    tweaks: body.tweaks,
    // Only a sync run reads request-scoped globals from X-LANGFLOW-GLOBAL-VAR-* headers.
    globals: body.mode === "sync" ? { ...globalsFromHeaders(request), ...body.globals } : body.globals,
    data: body.data ?? undefined,
    startComponentId: body.start_component_id,
    stopComponentId: body.stop_component_id,
  };
  if (body.mode === "stream") return liveStream(ctx, protocol, input);

  const { jobs } = ctx.state;
  const jobFields = {
    flowId: flow.id,
    userId: user.id,
    sessionId,
    protocol,
    inputs: body.tweaks,
    globals: body.globals,
  };
  if (body.mode === "background") {
    const key = body.idempotency_key;
    const repeated = key ? jobs.byKey(user.id, key) : undefined;
    if (repeated) return jsonResponse(jobBody(repeated));
    const queued = jobs.create({ ...jobFields, kind: "background", idempotencyKey: key });
    runInBackground(ctx, queued, input);
    return jsonResponse(jobBody(queued));
  }
  const running = jobs.create({ ...jobFields, kind: "sync", idempotencyKey: null });
  const outcome = await runSync(ctx, running, input);
  const answer = executionBody(running, outcome, body.output_ids);
  return jsonResponse(ctx.options.profile === "1.11" ? as111(answer, true) : answer);
}

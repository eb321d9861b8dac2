// POST /api/v2/workflows, profiles "1.10" and "1.9": `{flow_id (UUID or endpoint name), background, stream, inputs,
// globals (1.10 only)}`. The same pipeline as post.ts: parse → authenticate → check → start the job → run or queue
// it → answer.
import type { MockContext } from "../../context";
import { authenticate } from "../../http/auth";
import { jsonResponse, v2Error } from "../../http/errors";
import { globalsFromHeaders } from "../../http/globals";
import { legacyExecutionBody, legacyJobBody } from "./bodies";
import { flowNotFound } from "./errors";
import { parseLegacyRequest, splitFlatInputs } from "./request";
import { type JobRunInput, runInBackground, runSync } from "./run-job";

export async function postLegacyWorkflow(ctx: MockContext, request: Request): Promise<Response> {
  const { profile } = ctx.options as { profile: "1.10" | "1.9" };
  const body = await parseLegacyRequest(request, profile);
  const user = authenticate(ctx, request);
  if (body.stream) {
    throw v2Error(501, {
      error: "Not implemented",
      code: "NOT_IMPLEMENTED",
      message: "Streaming execution not yet implemented",
    });
  }
  const flow = ctx.state.flows.find(body.flow_id, user.id);
  if (!flow) throw flowNotFound(body.flow_id);

  const { tweaks, sessionId } = splitFlatInputs(body.inputs);
  const input: JobRunInput = {
    flow,
    inputValue: null, // the chat input arrives as a `ChatInput-….input_value` tweak
    sessionId,
    tweaks,
    globals: { ...globalsFromHeaders(request), ...body.globals },
  };
  const job = ctx.state.jobs.create({
    flowId: flow.id,
    userId: user.id,
    sessionId: sessionId || flow.id,
    kind: body.background ? "background" : "sync",
    protocol: "langflow",
    idempotencyKey: null,
    inputs: body.inputs ?? {},
    globals: body.globals,
  });
  if (body.background) {
    runInBackground(ctx, job, input);
    return jsonResponse(legacyJobBody(job, profile));
  }
  const outcome = await runSync(ctx, job, input);
  // The sync answer echoes the request's inputs (the status of the same job later does not).
  return jsonResponse(legacyExecutionBody(job, outcome, profile, job.inputs));
}

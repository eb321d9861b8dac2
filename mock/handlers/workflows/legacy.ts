// POST /api/v2/workflows, profile "1.10": `{flow_id (UUID or endpoint name), background, stream, inputs, globals}`.
import type { MockContext } from "../../context";
import { GraphError } from "../../engine/run";
import { authenticate } from "../../http/auth";
import { jsonResponse, v2Error } from "../../http/errors";
import { globalsFromHeaders } from "../../http/globals";
import { legacyExecutionBody, legacyJobBody } from "./bodies";
import { executionTimeout, flowNotFound, invalidFlowData } from "./errors";
import { type JobRunRequest, newJob, runSyncJob, scheduleBackgroundJob } from "./jobs";
import { parseLegacyRequest, splitFlatInputs } from "./request";

export async function postLegacyWorkflow(ctx: MockContext, request: Request): Promise<Response> {
  const body = await parseLegacyRequest(request);
  const user = authenticate(ctx, request);
  if (body.stream) {
    throw v2Error(501, {
      error: "Not implemented",
      code: "NOT_IMPLEMENTED",
      message: "Streaming execution not yet implemented",
    });
  }
  const flow = ctx.state.flows.find(body.flow_id, user.id);
  if (!flow) throw flowNotFound(body.flow_id, "1.10");
  const { tweaks, sessionId } = splitFlatInputs(body.inputs);
  const req: JobRunRequest = {
    flow,
    inputValue: null, // the chat input arrives as a `ChatInput-….input_value` tweak
    sessionId,
    tweaks,
    globals: { ...globalsFromHeaders(request), ...body.globals },
  };
  const job = newJob(ctx, {
    flow,
    userId: user.id,
    sessionId: sessionId || flow.id,
    kind: body.background ? "background" : "sync",
    protocol: "langflow",
    idempotencyKey: null,
    inputs: body.inputs ?? {},
    globals: body.globals,
  });
  if (body.background) {
    scheduleBackgroundJob(ctx, job, req);
    return jsonResponse(legacyJobBody(job));
  }
  let outcome: Awaited<ReturnType<typeof runSyncJob>>;
  try {
    outcome = await runSyncJob(ctx, job, req);
  } catch (error) {
    if (error instanceof GraphError) throw invalidFlowData(error.message);
    throw error;
  }
  if (outcome === "timeout") throw executionTimeout(job.id, flow.id, ctx.options.executionTimeoutSeconds);
  return jsonResponse(legacyExecutionBody(job, outcome));
}

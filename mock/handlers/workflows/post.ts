// POST /api/v2/workflows, profile "current" (Langflow 1.11+ / 1.13.0): mode sync | stream | background.
import type { MockContext } from "../../context";
import { buildGraph, GraphError, terminalIds } from "../../engine/graph";
import { PROTOCOLS, type ProtocolName } from "../../engine/protocols";
import { authenticate } from "../../http/auth";
import { jsonResponse, v2Error } from "../../http/errors";
import { globalsFromHeaders } from "../../http/globals";
import type { FlowRecord } from "../../state/flows";
import { executionBody, jobBody } from "./bodies";
import { executionTimeout, flowNotFound, invalidFlowData, pyList } from "./errors";
import { type JobRunRequest, newJob, runSyncJob, scheduleBackgroundJob } from "./jobs";
import { liveStream } from "./live-stream";
import { parseRunRequest, type RunRequestBody } from "./request";

const SYNC_ONLY_NOT = ["data", "files", "start_component_id", "stop_component_id"] as const;

/** As 1.13.0 counts them: `data` when not null (even `{}`), the others when non-empty. */
function present(field: (typeof SYNC_ONLY_NOT)[number], value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (field === "data") return true;
  if (Array.isArray(value)) return value.length > 0;
  return value !== "";
}

function checkModeFields(body: RunRequestBody, flow: FlowRecord): void {
  if (body.mode === "sync") {
    const fields = SYNC_ONLY_NOT.filter((f) => present(f, body[f]));
    if (fields.length > 0) {
      throw v2Error(422, {
        error: "Unsupported sync request fields",
        code: "SYNC_MODE_UNSUPPORTED_FIELDS",
        message: `mode='sync' does not support request fields: ${fields.join(", ")}. Use mode='stream' or mode='background' for live-canvas overrides, files, or partial-run boundaries.`,
        fields: [...fields],
      });
    }
    if (body.output_ids) {
      let available: string[];
      try {
        available = terminalIds(buildGraph(flow.data));
      } catch {
        available = [];
      }
      const unknown = body.output_ids.filter((id) => !available.includes(id));
      if (unknown.length > 0) {
        throw v2Error(422, {
          error: "Unknown output_ids",
          code: "UNKNOWN_OUTPUT_IDS",
          message: `output_ids not produced by this flow: ${pyList(unknown)}.`,
          available,
        });
      }
    }
  } else if (body.output_ids !== null) {
    throw v2Error(422, {
      error: "Unsupported request fields for mode",
      code: "MODE_UNSUPPORTED_FIELDS",
      message: `mode='${body.mode}' does not support request fields: output_ids. Output selection via output_ids only applies to mode='sync'.`,
      fields: ["output_ids"],
    });
  }
}

export async function postWorkflow(ctx: MockContext, request: Request): Promise<Response> {
  const body = await parseRunRequest(request); // 1.13.0 validates the body before authenticating
  const user = authenticate(ctx, request);
  if (!PROTOCOLS.includes(body.stream_protocol as ProtocolName)) {
    throw v2Error(422, {
      error: "Unknown stream_protocol",
      code: "UNKNOWN_STREAM_PROTOCOL",
      message: `Unknown stream_protocol '${body.stream_protocol}'.`,
      available: [...PROTOCOLS],
    });
  }
  const flow = ctx.state.flows.get(body.flow_id);
  if (!flow || flow.user_id !== user.id) throw flowNotFound(body.flow_id, "current");
  checkModeFields(body, flow);
  const protocol = body.stream_protocol as ProtocolName;
  const sessionId = body.session_id || flow.id;
  const globals = body.mode === "sync" ? { ...globalsFromHeaders(request), ...body.globals } : body.globals;
  const req: JobRunRequest = {
    flow,
    inputValue: body.input_value,
    sessionId,
    tweaks: body.tweaks,
    globals,
    data: body.data ?? undefined,
    startComponentId: body.start_component_id,
    stopComponentId: body.stop_component_id,
  };
  if (body.mode === "stream") return liveStream(ctx, protocol, req);
  if (body.mode === "background") {
    if (body.idempotency_key) {
      const existing = ctx.state.jobs.byKey(user.id, body.idempotency_key);
      if (existing) return jsonResponse({ ...jobBody(existing), status: existing.status });
    }
    const job = newJob(ctx, {
      flow,
      userId: user.id,
      sessionId,
      kind: "background",
      protocol,
      idempotencyKey: body.idempotency_key,
      inputs: body.tweaks,
      globals: body.globals,
    });
    scheduleBackgroundJob(ctx, job, req);
    return jsonResponse(jobBody(job));
  }
  const job = newJob(ctx, {
    flow,
    userId: user.id,
    sessionId,
    kind: "sync",
    protocol,
    idempotencyKey: null,
    inputs: body.tweaks,
    globals: body.globals,
  });
  let outcome: Awaited<ReturnType<typeof runSyncJob>>;
  try {
    outcome = await runSyncJob(ctx, job, req);
  } catch (error) {
    if (error instanceof GraphError) {
      job.status = "failed";
      throw invalidFlowData(error.message);
    }
    throw error;
  }
  if (outcome === "timeout") throw executionTimeout(job.id, flow.id, ctx.options.executionTimeoutSeconds);
  return jsonResponse(executionBody(job, outcome, body.output_ids));
}

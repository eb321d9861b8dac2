// POST /api/v1/run/{flow_id_or_name}: sync RunResponse or (?stream=true) bare-JSON event stream.
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import type { EngineEvent } from "../engine/events";
import { pythonJson } from "../engine/events";
import { v1RunResponse } from "../engine/results";
import { isPlainObject } from "../guards";
import { authenticate } from "../http/auth";
import {
  apiException,
  apiExceptionDetail,
  HttpError,
  httpError,
  jsonResponse,
  tweaksRefused,
} from "../http/errors";
import { globalsFromHeaders } from "../http/globals";
import { api } from "../http/paths";
import { route } from "../http/route";
import { type ObjectSpec, validateBody } from "../http/schema";
import { createPushStream } from "../http/stream";
import { readJsonBody } from "../http/validation";
import { GraphError, type RunOutcome, runFlow, TweaksRefusedError } from "../run-flow";
import type { FlowRecord } from "../state/flows";
import { flowRequiresHitl, HITL_UNSUPPORTED_DETAIL, refuseHitlOnV1 } from "./shared/hitl";

interface RunBody {
  input_value: string | null;
  input_type: "chat" | "text" | "any";
  output_type: "chat" | "text" | "any" | "debug";
  output_component: string;
  tweaks: Record<string, unknown> | null;
  session_id: string | null;
}

const RUN_SPEC: ObjectSpec = {
  fields: {
    input_value: { kind: "string", nullable: true, default: null },
    input_type: { kind: "literal", values: ["chat", "text", "any"], default: "chat" },
    output_type: { kind: "literal", values: ["chat", "text", "any", "debug"], default: "chat" },
    output_component: { kind: "string", default: "" },
    tweaks: { kind: "object", nullable: true, default: null },
    session_id: { kind: "string", nullable: true, default: null },
  },
};

/** Resolves a flow by UUID or endpoint name for the caller, or 404 as 1.13.0 words it. */
function findFlowOr404(ctx: MockContext, idOrName: string, userId: string): FlowRecord {
  const flow = ctx.state.flows.find(idOrName, userId);
  if (!flow) throw httpError(404, `Flow identifier ${idOrName} not found`);
  return flow;
}

async function parseRunBody(request: Request): Promise<RunBody> {
  const raw = await readJsonBody(request, { optional: true });
  // 1.13.0 accepts the documented top-level body and the spec's embedded `{input_request: {...}}`.
  const body = isPlainObject(raw) && isPlainObject(raw.input_request) ? raw.input_request : (raw ?? {});
  try {
    return validateBody<RunBody>(body, RUN_SPEC);
  } catch (error) {
    // 1.13.0 ignores a body that does not fit SimplifiedAPIRequest (e.g. `input_value: 5`) and runs with defaults.
    if (error instanceof HttpError) return validateBody<RunBody>({}, RUN_SPEC);
    throw error;
  }
}

function checkTweakConflict(body: RunBody, flow: FlowRecord): void {
  if (body.input_value === null || !body.tweaks) return;
  for (const [key, tweak] of Object.entries(body.tweaks)) {
    if (!isPlainObject(tweak) || !("input_value" in tweak)) continue;
    if (key.startsWith("ChatInput") || flowNodeType(flow, key) === "ChatInput") {
      throw httpError(
        400,
        "If you pass an input_value to the chat input, you cannot pass a tweak with the same name.",
      );
    }
  }
}

function flowNodeType(flow: FlowRecord, id: string): string | undefined {
  const nodes = (flow.data as { nodes?: { id?: string; data?: { type?: string } }[] } | null)?.nodes;
  return Array.isArray(nodes) ? nodes.find((n) => n?.id === id)?.data?.type : undefined;
}

function failure(outcome: RunOutcome): HttpError {
  return apiException(outcome.error?.message ?? "Run cancelled");
}

/** What the v1 stream carries: messages, tokens, component logs and errors, and a loop body's builds. */
function onV1Stream(e: EngineEvent): boolean {
  return ["add_message", "token", "log", "error"].includes(e.event) || e.subgraph === true;
}

export const runArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/run/:flowIdOrName"),
    route<{ flowIdOrName: string }>(async ({ request, params, url }) => {
      const user = authenticate(ctx, request, "apiKey");
      const flow = findFlowOr404(ctx, params.flowIdOrName, user.id);
      const body = await parseRunBody(request);
      checkTweakConflict(body, flow);
      const stream = url.searchParams.get("stream")?.toLowerCase() === "true";
      const select = { outputType: body.output_type, outputComponent: body.output_component || null };
      const base = {
        flow,
        inputValue: body.input_value,
        inputType: body.input_type,
        sessionId: body.session_id,
        tweaks: body.tweaks ?? {},
        globals: globalsFromHeaders(request),
        source: "run" as const,
      };
      if (!stream) {
        refuseHitlOnV1(flow);
        let outcome: RunOutcome;
        try {
          outcome = await runFlow(ctx, base);
        } catch (error) {
          if (error instanceof GraphError) throw apiException(error.message);
          if (error instanceof TweaksRefusedError) throw tweaksRefused(error.fields, error.reason);
          throw error;
        }
        if (outcome.status !== "success") throw failure(outcome);
        return jsonResponse(v1RunResponse(outcome, body.input_value, select));
      }
      const abort = new AbortController();
      const out = createPushStream(() => abort.abort(new Error("client disconnected")));
      const write = (event: string, data: unknown) => out.push(`${pythonJson({ event, data })}\n\n`);
      void (async () => {
        try {
          if (flowRequiresHitl(flow)) return write("error", { error: `400: ${HITL_UNSUPPORTED_DETAIL}` });
          const outcome = await runFlow(ctx, {
            ...base,
            signal: abort.signal,
            emit: (e) => {
              if (onV1Stream(e)) write(e.event, e.data);
            },
          });
          if (outcome.status === "success")
            write("end", { result: v1RunResponse(outcome, body.input_value, select) });
          // After the component's error Message, 1.13.0 sends the run's 500 as text.
          else if (outcome.status === "error")
            write("error", { error: `500: ${apiExceptionDetail(outcome.error?.message ?? "")}` });
        } catch (error) {
          write("error", { error: error instanceof Error ? error.message : String(error) });
        } finally {
          out.close();
        }
      })();
      return new Response(out.stream, { headers: { "content-type": "text/event-stream; charset=utf-8" } });
    }),
  ),
];

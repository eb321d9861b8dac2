// OpenAI-compatible Responses API (section G): `POST /api/v1/responses` runs a flow (model = flow id or endpoint
// name); `id` is the session, so `previous_response_id` continues it. Errors come back with HTTP 200 and an
// OpenAI `{error}` body. `stream: true` answers SSE `data:` chunks, `response.completed`, then `data: [DONE]`.
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import { pythonJson } from "../engine/events";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { globalsFromHeaders } from "../http/globals";
import { api } from "../http/paths";
import { route } from "../http/route";
import { validateBody } from "../http/schema";
import { createPushStream } from "../http/stream";
import { readJsonBody } from "../http/validation";
import { GraphError, type RunOutcome, runFlow } from "../run-flow";
import type { FlowRecord } from "../state/flows";

interface ResponsesBody {
  model: string;
  input: string;
  stream: boolean;
  background: boolean;
  tools: unknown[] | null;
  previous_response_id: string | null;
  include: string[] | null;
}

function openAiError(message: string, type: string, code: string | null): Response {
  return jsonResponse({ error: { message, type, code } });
}

function hasChatInput(flow: FlowRecord): boolean {
  const nodes = (flow.data?.nodes as { data?: { type?: string } }[] | undefined) ?? [];
  return nodes.some((n) => n?.data?.type === "ChatInput");
}

function outputText(ctx: MockContext, outcome: RunOutcome): string {
  return ctx.state.runs.runs.get(outcome.runId)?.output_text ?? "";
}

/** The full response object of 1.13.0 (usage is null: the mock's model stand-in reports no token usage). */
function responseObject(id: string, body: ResponsesBody, flow: FlowRecord, text: string, createdAt: number) {
  return {
    id,
    object: "response",
    created_at: createdAt,
    status: "completed",
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model: flow.id,
    output: [
      {
        type: "message",
        id: `msg_${id}`,
        status: "completed",
        role: "assistant",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ],
    parallel_tool_calls: true,
    previous_response_id: body.previous_response_id,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1.0,
    text: { format: { type: "text" } },
    tool_choice: "auto",
    tools: [],
    top_p: 1.0,
    truncation: "disabled",
    usage: null,
    user: null,
    metadata: {},
  };
}

export const responsesArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/responses"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request, "apiKey");
      const body = validateBody<ResponsesBody>(await readJsonBody(request), {
        fields: {
          model: { kind: "string", required: true },
          input: { kind: "string", required: true },
          stream: { kind: "boolean", default: false },
          background: { kind: "boolean", default: false },
          tools: { kind: "array", nullable: true, default: null },
          previous_response_id: { kind: "string", nullable: true, default: null },
          include: { kind: "array", items: { kind: "string" }, nullable: true, default: null },
        },
      });
      // Any `tools` value but null is refused, even [] (src api/v1/openai_responses.py: `tools is not None`).
      if (body.tools !== null) {
        return openAiError("Tools are not supported yet", "invalid_request_error", "tools_not_supported");
      }
      const flow = ctx.state.flows.find(body.model, user.id);
      if (!flow)
        return openAiError(
          `Flow with id '${body.model}' not found`,
          "invalid_request_error",
          "flow_not_found",
        );
      if (!hasChatInput(flow)) {
        // Raised as a ValueError inside the run, so reported as a processing_error without code (same source).
        return openAiError(
          "Flow must have a ChatInput component to be compatible with OpenAI Responses API",
          "processing_error",
          null,
        );
      }
      // The response id is the session id: previous_response_id continues that session, else a fresh one.
      const sessionId = body.previous_response_id ?? crypto.randomUUID();
      const createdAt = Math.floor(ctx.options.clock.now() / 1000);
      const base = {
        flow,
        inputValue: body.input,
        sessionId,
        source: "responses",
        globals: globalsFromHeaders(request),
      };
      if (!body.stream) {
        let outcome: RunOutcome;
        try {
          outcome = await runFlow(ctx, base);
        } catch (error) {
          if (error instanceof GraphError) return openAiError(error.message, "processing_error", null);
          throw error;
        }
        if (outcome.status !== "success")
          return openAiError(outcome.error?.message ?? "Flow run failed", "processing_error", null);
        return jsonResponse(responseObject(sessionId, body, flow, outputText(ctx, outcome), createdAt));
      }
      return streamResponse(ctx, base, { id: sessionId, created: createdAt, model: flow.id });
    }),
  ),
];

function streamResponse(
  ctx: MockContext,
  base: Parameters<typeof runFlow>[1],
  meta: { id: string; created: number; model: string },
): Response {
  const abort = new AbortController();
  const out = createPushStream(() => abort.abort(new Error("client disconnected")));
  const chunk = (
    delta: Record<string, unknown>,
    status: string | null = null,
    finish: string | null = null,
  ) =>
    out.push(
      `data: ${JSON.stringify({ id: meta.id, object: "response.chunk", created: meta.created, model: meta.model, delta, status, finish_reason: finish })}\n\n`,
    );
  // Messages whose text already went out as tokens are not repeated when their final add_message arrives.
  const tokenized = new Set<string>();
  void (async () => {
    chunk({ content: "" });
    try {
      const outcome = await runFlow(ctx, {
        ...base,
        signal: abort.signal,
        emit: (e) => {
          if (e.event === "token" && typeof e.data.chunk === "string") {
            tokenized.add(String(e.data.id));
            chunk({ content: e.data.chunk });
          }
          const props = e.data.properties as { state?: string } | undefined;
          if (e.event === "add_message" && e.data.sender === "Machine" && props?.state !== "partial") {
            const text = String(e.data.text ?? "");
            const data = e.data.data as { id?: string } | undefined;
            // A message that repeats the input is not streamed (the echo flow yields no content chunk on 1.13.0).
            if (text && text !== base.inputValue && !tokenized.has(String(data?.id)))
              chunk({ content: text });
          }
        },
      });
      if (outcome.status === "success") {
        chunk({}, "completed", "stop");
        const done = {
          type: "response.completed",
          response: {
            id: meta.id,
            object: "response",
            created_at: meta.created,
            status: "completed",
            model: meta.model,
            usage: null,
          },
        };
        // This event's JSON uses Python's separators (json.dumps), unlike the chunks (pydantic), as on 1.13.0.
        out.push(`event: response.completed\ndata: ${pythonJson(done)}\n\n`);
      } else {
        chunk({ content: `Error: ${outcome.error?.message ?? "Flow run failed"}` }, "failed", "error");
      }
    } catch (error) {
      chunk(
        { content: `Error: ${error instanceof Error ? error.message : String(error)}` },
        "failed",
        "error",
      );
    }
    out.push("data: [DONE]\n\n");
    out.close();
  })();
  return new Response(out.stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "access-control-allow-origin": "*",
    },
  });
}

// `lf.responses`: the OpenAI-compatible Responses endpoint (`POST /api/v1/responses`); `model` is the flow id
// (or endpoint name). The spec types the request only, so the answer (with `usage`) is typed by hand.
import type { APIPromise } from "../core/api-promise";
import { LangflowConfigError, ResponsesError } from "../core/errors";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { components } from "../generated/openapi";
import type { ResponsesStreamEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { responsesEventStream } from "../streaming/readers";

export type ResponsesRequest = components["schemas"]["OpenAIResponsesRequest"];

export interface ResponsesUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  [extra: string]: unknown;
}

export interface ResponsesOutputItem {
  type: string;
  id?: string;
  role?: string;
  status?: string;
  content?: { type: string; text?: string; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

export interface ResponsesResponse {
  id: string;
  object: "response";
  created_at: number;
  status: string;
  model: string;
  output: ResponsesOutputItem[];
  /** Pass as `previous_response_id` to continue the conversation (same session). */
  previous_response_id?: string | null;
  usage?: ResponsesUsage | null;
  error?: unknown;
  [extra: string]: unknown;
}

type ErrorBody = { error?: { message?: string; type?: string; code?: string | null } | null };

function throwIfError<T>(data: T): T {
  const e = (data as ErrorBody | null)?.error;
  if (e && typeof e === "object" && !("output" in (data as object)))
    throw new ResponsesError(e.message ?? "unknown error", e.type, e.code);
  return data;
}

export type ResponsesCreate = Omit<ResponsesRequest, "stream">;

/** The flow to answer with is `model`: without it the server would answer 422. */
function checkModel(body: ResponsesCreate): void {
  if (!body?.model)
    throw new LangflowConfigError("model", "responses: pass `model` (the flow id or endpoint name).");
}

export class Responses extends APIResource {
  /** One answer; `outputText()` of the result reads the assistant text. */
  create(body: ResponsesCreate, options?: RequestOptions): APIPromise<ResponsesResponse> {
    checkModel(body);
    return this.transport
      .json<ResponsesResponse>(
        {
          method: "POST",
          path: "/api/v1/responses",
          body: { ...body, stream: false },
          schema: "responsesResponse",
        },
        options,
      )
      .map(throwIfError);
  }

  /** Streams `response.output_text.delta` ... `response.completed`; `finalResult()` is the completed event. */
  stream(
    body: ResponsesCreate,
    options?: RequestOptions,
  ): LangflowStream<ResponsesStreamEvent, ResponsesStreamEvent> {
    checkModel(body);
    const spec = {
      method: "POST",
      path: "/api/v1/responses",
      body: { ...body, stream: true },
      accept: "text/event-stream",
    };
    return responsesEventStream(this.transport.streamRequest(spec, options));
  }
}

/** The assistant text of a Responses answer (all `output_text` parts joined). */
export function outputText(r: ResponsesResponse): string {
  return r.output
    .flatMap((o) => o.content ?? [])
    .filter((c) => c.type === "output_text")
    .map((c) => c.text ?? "")
    .join("");
}

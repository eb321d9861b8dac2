// v1 flow runs: `POST /api/v1/run/{flow}` (sync -> RunResult), `?stream=true` (-> LangflowStream<RunEvent>), and
// `POST /api/v1/webhook/{flow}`. The run body goes top-level (SimplifiedAPIRequest fields): the docs show it, older
// servers take only it, and 1.13.0 accepts it besides the spec's embedded `{input_request}` (docs/server-quirks.md).
import type { APIPromise } from "../core/api-promise";
import { objectBody } from "../core/error-from-response";
import { LangflowConfigError } from "../core/errors";
import { checkHeader } from "../core/headers";
import { toWire, type WireNames } from "../core/params";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { RequestSpec } from "../core/transport";
import type { RunEvent, RunResponse } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { runEventStream } from "../streaming/readers";
import { type RunResult, toRunResult } from "./run-result";

export interface RunParams {
  /** The chat or text input. */
  inputValue?: string;
  inputType?: "chat" | "text" | "any";
  /** Which outputs answer: `chat` (default), `text`, `any` (all outputs) or `debug` (all vertices). */
  outputType?: "chat" | "text" | "any" | "debug";
  /** One output vertex id; overrides `outputType`. */
  outputComponent?: string;
  /** `{ componentId: { param: value } }`; values may be any JSON. */
  tweaks?: Record<string, unknown>;
  sessionId?: string;
  /** Request-scoped global variables, sent as `X-LANGFLOW-GLOBAL-VAR-<NAME>` headers. */
  globals?: Record<string, string>;
}

export interface WebhookAccepted {
  message: string;
  status: string;
}

/** Body fields; `globals` become headers. */
const RUN: WireNames<RunParams> = {
  inputValue: "input_value",
  inputType: "input_type",
  outputType: "output_type",
  outputComponent: "output_component",
  tweaks: "tweaks",
  sessionId: "session_id",
  globals: null,
};

/** Global variables as headers; a name that cannot be a header name is refused before sending. */
function globalHeaders(globals: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(globals ?? {})) {
    if (!/^[A-Za-z0-9_-]+$/.test(name))
      throw new LangflowConfigError(
        "globals",
        `globals: "${name}" cannot be sent as a header name; use letters, digits, "_" or "-".`,
      );
    const header = `X-LANGFLOW-GLOBAL-VAR-${name.toUpperCase()}`;
    checkHeader("globals", header, String(value));
    headers[header] = String(value);
  }
  return headers;
}

function runSpec(flow: string, params: RunParams): RequestSpec {
  return {
    method: "POST",
    path: path`/api/v1/run/${flow}`,
    body: toWire(params, RUN),
    headers: globalHeaders(params.globals),
  };
}

export class Runs extends APIResource {
  /** Runs a flow (id or endpoint name) and resolves to its result. */
  run(flow: string, params: RunParams = {}, options?: RequestOptions): APIPromise<RunResult> {
    return this.transport
      .json<RunResponse>({ ...runSpec(flow, params), schema: "runResponse" }, options)
      .map(async (raw, response) =>
        toRunResult((await objectBody(raw, response, "POST", "outputs")) as RunResponse),
      );
  }

  /** Returns the stream at once; the request is sent on first read, so HTTP errors surface from iteration. */
  stream(
    flow: string,
    params: RunParams = {},
    options?: RequestOptions,
  ): LangflowStream<RunEvent, RunResponse> {
    const spec = { ...runSpec(flow, params), query: { stream: true }, accept: "text/event-stream" };
    return runEventStream(this.transport.streamRequest(spec, options));
  }

  /** Triggers a flow's Webhook component with a JSON payload (202, runs in the background). */
  webhook(flow: string, payload: unknown, options?: RequestOptions): APIPromise<WebhookAccepted> {
    if (payload === undefined || payload === null)
      throw new LangflowConfigError(
        "payload",
        "webhook: pass a payload; the server refuses an empty body (400).",
      );
    return this.transport.json<WebhookAccepted>(
      { method: "POST", path: path`/api/v1/webhook/${flow}`, body: payload, schema: "webhookAccepted" },
      options,
    );
  }
}

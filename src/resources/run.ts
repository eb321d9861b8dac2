// v1 flow runs: `POST /api/v1/run/{flow}` (sync -> RunResult) and `?stream=true` (-> LangflowStream<RunEvent>).
// The body goes top-level (SimplifiedAPIRequest fields): the docs show it, older servers take only it, and
// 1.13.0 accepts it besides the spec's embedded `{input_request}` (docs/server-quirks.md).
import type { APIPromise } from "../core/api-promise";
import { streamCallOptions } from "../core/signals";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";
import type { RunEvent, RunResponse } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { runEventStream } from "../streaming/readers";
import { type RunResult, toRunResult } from "./run-result";

export type RunRequest = components["schemas"]["RunRequest"];

export interface RunOptions extends CallOptions {
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

export function runBody(opts: RunOptions): RunRequest {
  const body: RunRequest = {};
  if (opts.inputValue !== undefined) body.input_value = opts.inputValue;
  if (opts.inputType !== undefined) body.input_type = opts.inputType;
  if (opts.outputType !== undefined) body.output_type = opts.outputType;
  if (opts.outputComponent !== undefined) body.output_component = opts.outputComponent;
  if (opts.tweaks !== undefined) body.tweaks = opts.tweaks;
  if (opts.sessionId !== undefined) body.session_id = opts.sessionId;
  return body;
}

/** Global variables as headers; a name that cannot be a header name is refused before sending. */
export function globalHeaders(globals: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(globals ?? {})) {
    if (!/^[A-Za-z0-9_-]+$/.test(name))
      throw new TypeError(
        `globals: "${name}" cannot be sent as a header name; use letters, digits, "_" or "-".`,
      );
    headers[`X-LANGFLOW-GLOBAL-VAR-${name.toUpperCase()}`] = String(value);
  }
  return headers;
}

export function callOptionsOf(opts: RunOptions): CallOptions {
  const { signal, timeout, idleTimeout, headers, maxRetries, retryNonIdempotent } = opts;
  const merged = { ...globalHeaders(opts.globals), ...headers };
  return { signal, timeout, idleTimeout, headers: merged, maxRetries, retryNonIdempotent };
}

export function runPath(flow: string): string {
  if (!flow) throw new TypeError("run: pass a flow id or endpoint name (got an empty string).");
  return `/api/v1/run/${encodeURIComponent(flow)}`;
}

export function run(transport: Transport, flow: string, opts: RunOptions = {}): APIPromise<RunResult> {
  return transport
    .json<RunResponse>(
      { method: "POST", path: runPath(flow), body: runBody(opts), schema: "runResponse" },
      callOptionsOf(opts),
    )
    .map((raw) => toRunResult(raw));
}

/** Returns the stream at once; the request is sent on first read, so HTTP errors surface from iteration. */
export function stream(
  transport: Transport,
  flow: string,
  opts: RunOptions = {},
): LangflowStream<RunEvent, RunResponse> {
  const path = runPath(flow);
  const body = runBody(opts);
  const call = callOptionsOf(opts);
  return runEventStream((signal) =>
    transport.request(
      { method: "POST", path, query: { stream: true }, body, accept: "text/event-stream" },
      streamCallOptions(call, signal),
    ),
  );
}

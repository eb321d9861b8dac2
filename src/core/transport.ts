// The transport every wrapper goes through: URL and auth, per-call timeout and abort, retries, hooks,
// logging, and Langflow's errors as typed exceptions.
//
// How wrappers use it:
//
//   // JSON call: resolves to the parsed body; `.withResponse()` also gives the Response.
//   transport.json<Flow>({ method: "GET", path: `/api/v1/flows/${id}` }, opts)
//   transport.json<Flow>({ method: "POST", path: "/api/v1/flows/", body: { name } }, opts)
//   // Any body: form (FormData / URLSearchParams), raw (Blob, bytes, ReadableStream), JSON (`body`).
//   // Streams and downloads: `request` resolves to an OK Response whose body is still guarded by the
//   // call's timeout, idleTimeout and signal; hand it to a reader from src/streaming.
//   const response = await transport.request({ method: "POST", path, body, accept: "text/event-stream" }, opts)
//
// `opts` is CallOptions: { signal, timeout, idleTimeout, headers, maxRetries, retryNonIdempotent }.
// Retries: GET/HEAD/OPTIONS on connection errors and 408/429/502/503/504; any other method (a flow run
// above all) only when the server cannot have processed it (connection refused; 429/503 with Retry-After),
// unless the call passes `retryNonIdempotent: true`. A streamed request body is never retried.

import { type ResponseSchemaName, validateResponse } from "../validation/validate-response";
import { APIPromise } from "./api-promise";
import { applyAuth } from "./auth";
import { BROWSER_API_KEY_WARNING } from "./browser-api-key";
import { apiErrorFor, htmlErrorMessage, looksLikeHtml } from "./error-from-response";
import { APIConnectionError, APIError, APITimeoutError, APIUserAbortError, LangflowError } from "./errors";
import { currentFetch } from "./fetch";
import { guardResponse } from "./guarded-body";
import { createLog, type Log } from "./logger";
import type { ResolvedOptions } from "./options";
import { redactUrl } from "./redact";
import { isConnectionRefused, retryDelayMs, shouldRetry } from "./retry";
import { type CallSignal, callSignal, sleep } from "./signals";

export interface CallOptions {
  signal?: AbortSignal;
  /** ms for the whole call, body included. Default: the client's `timeout`. */
  timeout?: number;
  /** ms of silence allowed between stream chunks. Default: the client's `idleTimeout`. */
  idleTimeout?: number;
  headers?: Record<string, string>;
  maxRetries?: number;
  /** Allow retrying a request the server may already have processed (e.g. run a flow twice). */
  retryNonIdempotent?: boolean;
}

export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

export interface RequestSpec {
  method: string;
  /** Path from the server root, e.g. `/api/v1/flows/`. */
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body (serialized here), or a FormData / URLSearchParams / Blob / bytes / ReadableStream sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The Accept header. Default `application/json`. */
  accept?: string;
  /** The shape of the JSON answer, checked when the client has `validate: true` (src/validation/schemas.ts). */
  schema?: ResponseSchemaName;
}

function isRawBody(body: unknown): body is BodyInit {
  return (
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream ||
    typeof body === "string"
  );
}

interface SendMode<T> {
  throwOnHttpError: boolean;
  streamedBody: boolean;
  /** Reads an OK response inside the call; without it the response is returned with a guarded body. */
  read?: (response: Response) => Promise<T>;
}

export class Transport {
  readonly options: ResolvedOptions;
  readonly log: Log;

  constructor(options: ResolvedOptions) {
    this.options = options;
    this.log = createLog(options.logLevel, options.logger);
    // Once per client: a LangflowClient and its resource groups share this transport.
    if (options.browserApiKeyWarning) createLog("warn", options.logger).warn(BROWSER_API_KEY_WARNING);
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    const url = new URL(`${this.options.baseUrl}${path.startsWith("/") ? path : `/${path}`}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    return url.toString();
  }

  /** A JSON call. Resolves to the parsed body (undefined for an empty body). */
  json<T>(spec: RequestSpec, opts: CallOptions = {}): APIPromise<T> {
    // The body is read inside the call (its timeout and signal still apply), without a guarded stream.
    const read = async (response: Response) => {
      const data = this.parseJson(response, await response.text(), spec) as T;
      if (this.options.validate && spec.schema) {
        const { status, url } = response;
        await validateResponse(spec.schema, data, { status, method: spec.method.toUpperCase(), url });
      }
      return { data, response };
    };
    return new APIPromise(
      this.send(this.prepare(spec), spec.method.toUpperCase(), opts, {
        throwOnHttpError: true,
        streamedBody: false,
        read,
      }),
    );
  }

  private parseJson(response: Response, text: string, spec: Pick<RequestSpec, "method">): unknown {
    if (text.trim() === "") return undefined;
    const method = spec.method.toUpperCase();
    if (looksLikeHtml(response.headers.get("content-type"), text)) {
      throw new APIError({
        status: response.status,
        message: htmlErrorMessage(response.status, method, response.url),
        body: text.slice(0, 500),
        headers: response.headers,
        method,
        url: response.url,
      });
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new APIError({
        status: response.status,
        message: `${method} ${redactUrl(response.url)} answered ${response.status} with a body that is not JSON (${JSON.stringify(text.slice(0, 80))}...).`,
        body: text.slice(0, 500),
        headers: response.headers,
        method,
        url: response.url,
      });
    }
  }

  /** Sends the request with retries; resolves to an OK Response (body guarded), or throws the SDK's error. */
  request(spec: RequestSpec, opts: CallOptions = {}): Promise<Response> {
    const streamedBody = spec.body instanceof ReadableStream;
    return this.send(this.prepare(spec), spec.method.toUpperCase(), opts, {
      throwOnHttpError: true,
      streamedBody,
    });
  }

  /** URL, headers and body of a spec, as a factory of one Request per attempt. */
  private prepare(spec: RequestSpec): (signal: AbortSignal) => Request {
    const method = spec.method.toUpperCase();
    const url = this.url(spec.path, spec.query);
    const headers = new Headers({ accept: spec.accept ?? "application/json" });
    let body: BodyInit | undefined;
    if (spec.body !== undefined) {
      if (isRawBody(spec.body)) body = spec.body;
      else {
        body = JSON.stringify(spec.body);
        headers.set("content-type", "application/json");
      }
    }
    for (const [name, value] of Object.entries({ ...this.options.headers, ...spec.headers }))
      headers.set(name, value);
    const duplex = body instanceof ReadableStream ? { duplex: "half" } : {};
    // Request copies the headers, so per-attempt changes (auth, hooks) never leak between attempts.
    return (signal) => new Request(url, { method, headers, body, signal, ...duplex } as RequestInit);
  }

  /** For openapi-fetch: the same attempts, timeouts and hooks, but an HTTP error is returned, not thrown. */
  fetchRaw(request: Request): Promise<Response> {
    // openapi-fetch sends JSON strings, form data or nothing: bodies that can be sent again.
    const template = request.clone();
    for (const [name, value] of Object.entries(this.options.headers)) {
      if (!template.headers.has(name)) template.headers.set(name, value);
    }
    return this.send(
      (signal) => new Request(template.clone(), { signal }),
      request.method.toUpperCase(),
      { signal: request.signal },
      {
        throwOnHttpError: false,
        streamedBody: false,
      },
    );
  }

  private send(
    make: (signal: AbortSignal) => Request,
    method: string,
    opts: CallOptions,
    mode: SendMode<Response>,
  ): Promise<Response>;
  private send<T>(
    make: (signal: AbortSignal) => Request,
    method: string,
    opts: CallOptions,
    mode: SendMode<T>,
  ): Promise<T>;
  private async send<T>(
    make: (signal: AbortSignal) => Request,
    method: string,
    opts: CallOptions,
    mode: SendMode<T>,
  ): Promise<T | Response> {
    const maxRetries = opts.maxRetries ?? this.options.maxRetries;
    const call = callSignal(
      opts.signal,
      opts.timeout ?? this.options.timeout,
      opts.idleTimeout ?? this.options.idleTimeout,
    );
    const hooks = this.options.hooks;
    const toError = (cause: unknown, url: string, attempt: number) =>
      this.abortOrConnectionError(call, cause, method, url, attempt);
    try {
      for (let attempt = 1; ; attempt++) {
        let request = make(call.signal);
        for (const [name, value] of Object.entries(opts.headers ?? {})) request.headers.set(name, value);
        await applyAuth(request.headers, this.options);
        const replaced = await hooks.onRequest?.({ request, attempt });
        if (replaced) request = new Request(replaced, { signal: call.signal });
        const url = request.url;
        if (this.log.enabled("debug")) {
          this.log.debug(`-> ${method} ${redactUrl(url)}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
        }
        let response: Response;
        try {
          response = await currentFetch(this.options)(request);
        } catch (cause) {
          const error = toError(cause, url, attempt);
          const retry =
            !(error instanceof APIUserAbortError) &&
            !(error instanceof APITimeoutError) &&
            attempt <= maxRetries &&
            shouldRetry({
              method,
              refused: isConnectionRefused(cause),
              streamedBody: mode.streamedBody,
              retryNonIdempotent: opts.retryNonIdempotent,
            });
          await hooks.onError?.({ request, attempt, error, willRetry: retry });
          if (!retry) throw error;
          await this.pause(attempt, undefined, call, method, url, error);
          continue;
        }
        await hooks.onResponse?.({ request, attempt, response });
        if (this.log.enabled("debug")) this.log.debug(`<- ${response.status} ${method} ${redactUrl(url)}`);
        if (
          response.ok ||
          (!mode.throwOnHttpError && !this.retryable(response, method, attempt, maxRetries, opts, mode))
        ) {
          if (!mode.read) return guardResponse(response, call, (cause) => toError(cause, url, attempt));
          try {
            return await mode.read(response);
          } catch (cause) {
            throw toError(cause, url, attempt);
          } finally {
            call.dispose();
          }
        }
        const retry = this.retryable(response, method, attempt, maxRetries, opts, mode);
        const error = await this.httpError(response, method, url, attempt, call);
        await hooks.onError?.({ request, attempt, error, willRetry: retry });
        if (!retry) throw error;
        await this.pause(attempt, response.headers, call, method, url, error);
      }
    } catch (error) {
      call.dispose();
      throw error;
    }
  }

  private retryable(
    response: Response,
    method: string,
    attempt: number,
    maxRetries: number,
    opts: CallOptions,
    mode: { streamedBody: boolean },
  ): boolean {
    return (
      attempt <= maxRetries &&
      shouldRetry({
        method,
        status: response.status,
        headers: response.headers,
        streamedBody: mode.streamedBody,
        retryNonIdempotent: opts.retryNonIdempotent,
      })
    );
  }

  private async httpError(
    response: Response,
    method: string,
    url: string,
    attempt: number,
    call: CallSignal,
  ): Promise<LangflowError> {
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      return this.abortOrConnectionError(call, cause, method, url, attempt);
    }
    let body: unknown = text;
    const html = looksLikeHtml(response.headers.get("content-type"), text);
    if (!html) {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the text
      }
    }
    return apiErrorFor({
      status: response.status,
      body: html ? text.slice(0, 500) : body,
      headers: response.headers,
      method,
      url,
      attempts: attempt,
      html,
    });
  }

  private async pause(
    attempt: number,
    headers: Headers | undefined,
    call: CallSignal,
    method: string,
    url: string,
    error: unknown,
  ): Promise<void> {
    const delay = retryDelayMs(attempt, headers);
    this.log.info(
      `retrying ${redactUrl(url)} in ${delay} ms after: ${error instanceof Error ? error.message : String(error)}`,
    );
    try {
      await sleep(delay, call.signal);
    } catch (cause) {
      throw this.abortOrConnectionError(call, cause, method, url, attempt);
    }
  }

  /** Maps a fetch/body failure: the caller's abort, our timeout, or a connection problem. */
  private abortOrConnectionError(
    call: CallSignal,
    cause: unknown,
    method: string,
    url: string,
    attempts: number,
  ): LangflowError {
    if (cause instanceof LangflowError) return cause;
    const why = call.cause();
    if (why === "user") return new APIUserAbortError();
    if (why === "timeout" || why === "idle") {
      const limit = why === "idle" ? "idleTimeout" : "timeout";
      return new APITimeoutError({
        message: `${method} ${redactUrl(url)} exceeded its ${limit}.`,
        method,
        url,
        attempts,
        cause,
      });
    }
    const detail =
      cause instanceof Error
        ? cause.cause instanceof Error
          ? cause.cause.message
          : cause.message
        : String(cause);
    return new APIConnectionError({
      message: `Could not reach Langflow at ${redactUrl(url)} (${detail}). Is the server running, and is baseUrl right?`,
      method,
      url,
      attempts,
      cause,
    });
  }
}

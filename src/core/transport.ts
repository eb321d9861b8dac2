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
// `opts` is RequestOptions: { signal, timeout, idleTimeout, headers, maxRetries, retryNonIdempotent }; its keys are
// checked here, once for every method.
// Retries: GET/HEAD/OPTIONS on connection errors and 408/429/502/503/504; any other method (a flow run
// above all) only when the server cannot have processed it (connection refused; 429/503 with Retry-After),
// unless the call passes `retryNonIdempotent: true`. A streamed request body is never retried.
// On Node, a JSON call that nothing of the user's needs fetch for goes by node:http (direct-http.node.ts): the same
// headers, caps, timeouts, redirect policy and errors, for less per call.

import { directHttp } from "#langflow-direct-http";
import { APIPromise } from "./api-promise";
import { applyAuth } from "./auth";
import { eventLimits, readText } from "./body-limit";
import { BROWSER_API_KEY_WARNING } from "./browser-api-key";
import { delay } from "./delay";
import type { DirectRead } from "./direct-http.node";
import { fetchError, httpError, parseJsonBody } from "./error-from-response";
import { APIConnectionError, APITimeoutError, LangflowError, ResponseTooLargeError } from "./errors";
import { currentFetch } from "./fetch";
import { guardResponse } from "./guarded-body";
import { setHeaders } from "./headers";
import { createLog, type Log } from "./logger";
import type { ResolvedOptions } from "./options";
import { redactUrl } from "./redact";
import { MANUAL, mayRedirect, onRedirect } from "./redirect-check";
import { checkRequestOptions, type RequestOptions, withSignal } from "./request-options";
import { isConnectionRefused, retryDelayMs, shouldRetry } from "./retry";
import { type CallSignal, callSignal } from "./signals";

/**
 * Checks a JSON answer against the named shape (client option `validate: true`); rejects with a
 * ResponseValidationError. Given to the transport by the client (src/validation), so core does not load zod.
 */
export type ResponseValidator = (
  schema: string,
  body: unknown,
  response: { status: number; method: string; url: string },
) => Promise<void>;

export interface RequestSpec {
  method: string;
  /** Path from the server root, e.g. `/api/v1/flows/`. */
  path: string;
  /** Query parameters: strings, numbers, booleans or arrays of them; null and undefined are left out. */
  query?: Record<string, unknown>;
  /** A JSON body (serialized here), or a FormData / URLSearchParams / Blob / bytes / ReadableStream sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The Accept header. Default `application/json`. */
  accept?: string;
  /** The shape of the JSON answer, checked when the client has `validate: true` (src/validation/schemas.ts). */
  schema?: string;
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

/** @internal What a call sends, built once per call; each attempt sends it with its own copy of the headers. */
export interface Outgoing {
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: BodyInit | undefined;
}

/** @internal How `send` treats an answer. */
export interface SendMode<T> {
  throwOnHttpError: boolean;
  /** A stream: `idleTimeout` also bounds the wait for its headers, and its body has no size cap. */
  stream?: boolean;
  /**
   * Reads an OK response (up to the call's `maxResponseBytes`) inside the call; without it the response is returned
   * with a guarded body. A call with a reader may go by node:http (direct-http.node.ts), and then gets the answer
   * read in full.
   */
  read?: (response: Response | DirectRead, maxBytes: number) => Promise<T>;
}

export class Transport {
  readonly options: ResolvedOptions;
  readonly log: Log;
  readonly #validate: ResponseValidator | undefined;

  /** `validate` checks JSON answers when the client option `validate` is on. */
  constructor(options: ResolvedOptions, validate?: ResponseValidator) {
    this.options = options;
    this.#validate = options.validate ? validate : undefined;
    this.log = createLog(options.logLevel, options.logger);
    // Once per client: a LangflowClient and its resource groups share this transport.
    if (options.browserApiKeyWarning) createLog("warn", options.logger).warn(BROWSER_API_KEY_WARNING);
  }

  url(path: string, query?: Record<string, unknown>): string {
    const root = `${this.options.baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
    // Without a query the string is the URL already (baseUrl was parsed once, path segments are encoded): parsing it
    // again on every call costs more than the rest of the URL's work.
    if (!query) return root;
    const url = new URL(root);
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    return url.toString();
  }

  /** A JSON call. Resolves to the parsed body (undefined for an empty body). */
  json<T>(spec: RequestSpec, opts: RequestOptions = {}): APIPromise<T> {
    checkRequestOptions(opts);
    // The body is read inside the call (its timeout and signal still apply), without a guarded stream.
    const read = async (got: Response | DirectRead, maxBytes: number) => {
      const fetched = got instanceof Response;
      const text = fetched ? await readText(got, maxBytes, method) : got.text;
      const data = (await parseJsonBody(got, text, method)) as T;
      if (this.#validate && spec.schema) {
        await this.#validate(spec.schema, data, { status: got.status, method, url: got.url });
      }
      return fetched ? { data, response: got } : got.withData(data);
    };
    const method = spec.method.toUpperCase();
    return new APIPromise(
      this.send(() => this.prepare(spec), method, opts, { throwOnHttpError: true, read }),
    );
  }

  /**
   * Sends the request with retries; resolves to an OK Response (body guarded), or throws the SDK's error. A body the
   * caller buffers (a download) is capped by `maxResponseBytes`; a `stream` (events, or a file read as a stream) is
   * not, its wait for headers counts as silence for `idleTimeout`, and it carries its `maxEventBytes` to the reader.
   */
  request(spec: RequestSpec, opts: RequestOptions = {}, stream = false): Promise<Response> {
    checkRequestOptions(opts);
    const sent = this.send(() => this.prepare(spec), spec.method.toUpperCase(), opts, {
      throwOnHttpError: true,
      stream,
    });
    const max = opts.maxEventBytes ?? this.options.maxEventBytes;
    if (!stream) return sent;
    return sent.then((response) => {
      eventLimits.set(response, max);
      return response;
    });
  }

  /**
   * For a stream that sends its request on the first read: checks `opts` now and returns the sender, which the
   * stream calls with its own abort signal (joined to the caller's). The whole-call `timeout` applies only when the
   * caller sets one (per call or on the client): a stream lasts as long as the run, and `idleTimeout` bounds its
   * silences, the wait for its headers included. `spec` may be a
   * function when building it takes a request of its own (the v2 body depends on the server's version).
   */
  streamRequest(
    spec: RequestSpec | (() => Promise<RequestSpec>),
    opts: RequestOptions = {},
  ): (streamSignal: AbortSignal) => Promise<Response> {
    checkRequestOptions(opts);
    return async (streamSignal) => {
      const resolved = typeof spec === "function" ? await spec() : spec;
      const timeout = opts.timeout ?? this.options.streamTimeout;
      return this.request(resolved, { ...withSignal(opts, streamSignal), timeout }, true);
    };
  }

  /** URL, headers and body of a spec. */
  private prepare(spec: RequestSpec): Outgoing {
    // A plain record with lower-case names: cheaper for fetch to read than a Headers object.
    const headers: Record<string, string> = { accept: spec.accept ?? "application/json" };
    let body: BodyInit | undefined;
    if (spec.body !== undefined) {
      if (isRawBody(spec.body)) body = spec.body;
      else {
        body = JSON.stringify(spec.body);
        headers["content-type"] = "application/json";
      }
    }
    setHeaders(headers, { ...this.options.headers, ...spec.headers });
    return { url: this.url(spec.path, spec.query), headers, body };
  }

  // `prepare` runs inside the call, so a body that cannot be serialized fails as a rejection of the call's promise,
  // never as a synchronous throw.
  // Not private: lf.raw's fetch (raw-client.ts) sends through it too, so WorkflowsClient does not carry that code.
  /** @internal */
  send(
    prepare: () => Outgoing,
    method: string,
    opts: RequestOptions,
    mode: SendMode<Response>,
  ): Promise<Response>;
  send<T>(prepare: () => Outgoing, method: string, opts: RequestOptions, mode: SendMode<T>): Promise<T>;
  async send<T>(
    prepare: () => Outgoing,
    method: string,
    opts: RequestOptions,
    mode: SendMode<T>,
  ): Promise<T | Response> {
    const maxRetries = opts.maxRetries ?? this.options.maxRetries;
    const maxBytes = opts.maxResponseBytes ?? this.options.maxResponseBytes;
    const call = callSignal(
      opts.signal,
      opts.timeout ?? this.options.timeout,
      opts.idleTimeout ?? this.options.idleTimeout,
    );
    const hooks = this.options.hooks;
    const toError = (cause: unknown, url: string, attempts: number) =>
      fetchError(call, cause, { method, url, attempts });
    try {
      const out = prepare();
      const streamed = out.body instanceof ReadableStream; // sent once: never retried
      setHeaders(out.headers, opts.headers);
      // A Request is built only for whoever reads one: a hook or a configured fetch. Without them the call is
      // fetch(url, init): a Request of ours, and the copy fetch makes of it (each following the signal), were most
      // of the SDK's cost per call (scripts/bench/transport.bench.ts). Every hook then sees a Request.
      const withRequest = this.options.fetch || hooks.onRequest || hooks.onResponse || hooks.onError;
      for (let attempt = 1; ; attempt++) {
        const headers = { ...out.headers }; // auth per attempt (a token function's fresh token)
        const auth = applyAuth(headers, this.options);
        if (auth) await auth;
        const init = { method, headers, body: out.body, signal: call.signal, ...MANUAL };
        if (streamed) Object.assign(init, { duplex: "half" });
        let request = withRequest ? new Request(out.url, init) : undefined;
        const replaced = request && (await hooks.onRequest?.({ request, attempt }));
        if (replaced) request = new Request(replaced, { signal: call.signal, ...MANUAL });
        const url = request?.url ?? out.url;
        if (this.log.enabled("debug")) {
          this.log.debug(`-> ${method} ${redactUrl(url)}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
        }
        // A call with a reader may go by node:http (direct-http.node.ts): an OK answer then comes back read in full, as
        // a DirectRead (`ok: true`), anything else as a Response.
        let response: Response | DirectRead;
        if (mode.stream) call.touch(); // silence before the headers is silence too
        try {
          const fetch = currentFetch(this.options);
          response =
            directHttp && mode.read && !request && directHttp.accepts(url, out.body)
              ? await directHttp.send(url, init, maxBytes, ResponseTooLargeError)
              : await (request ? fetch(request) : fetch(url, init as RequestInit));
          if (mayRedirect(response))
            response = await onRedirect(fetch, url, request ?? init, response as Response);
        } catch (cause) {
          const error = toError(cause, url, attempt);
          // Only a connection problem is retried: not the caller's abort, a timeout or a refused redirect.
          const retry =
            error instanceof APIConnectionError &&
            !(error instanceof APITimeoutError) &&
            attempt <= maxRetries &&
            shouldRetry({
              method,
              refused: isConnectionRefused(cause),
              streamedBody: streamed,
              retryNonIdempotent: opts.retryNonIdempotent,
            });
          if (request) await hooks.onError?.({ request, attempt, error, willRetry: retry });
          if (!retry) throw error;
          await this.pause(attempt, undefined, call, method, url, error);
          continue;
        }
        // A DirectRead is OK, so it reaches only the reader: every other use of `answer` is of a Response.
        const answer = response as Response;
        if (request) await hooks.onResponse?.({ request, attempt, response: answer });
        if (this.log.enabled("debug")) this.log.debug(`<- ${answer.status} ${method} ${redactUrl(url)}`);
        const retry =
          !answer.ok &&
          attempt <= maxRetries &&
          shouldRetry({
            method,
            status: answer.status,
            headers: answer.headers,
            streamedBody: streamed,
            retryNonIdempotent: opts.retryNonIdempotent,
          });
        if (answer.ok || (!mode.throwOnHttpError && !retry)) {
          if (!mode.read) {
            const limit = mode.stream ? undefined : { max: maxBytes, method };
            return guardResponse(answer, call, (cause) => toError(cause, url, attempt), limit);
          }
          try {
            return await mode.read(response, maxBytes);
          } catch (cause) {
            throw toError(cause, url, attempt);
          } finally {
            call.dispose();
          }
        }
        const error = await httpError(answer, call, { method, url, attempts: attempt }, maxBytes);
        if (request) await hooks.onError?.({ request, attempt, error, willRetry: retry });
        if (!retry) throw error;
        await this.pause(attempt, answer.headers, call, method, url, error);
      }
    } catch (error) {
      call.dispose();
      // Every failure is a LangflowError: a body JSON cannot encode, a hook that threw, a header a hook set wrong.
      if (error instanceof LangflowError) throw error;
      throw new LangflowError(
        `The ${method} request could not be built or sent: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  private async pause(
    attempt: number,
    headers: Headers | undefined,
    call: CallSignal,
    method: string,
    url: string,
    error: unknown,
  ): Promise<void> {
    const wait = retryDelayMs(attempt, headers);
    call.stopIdle();
    this.log.info(
      `retrying ${redactUrl(url)} in ${wait} ms after: ${error instanceof Error ? error.message : String(error)}`,
    );
    try {
      await delay(wait, { signal: call.signal });
    } catch (cause) {
      throw fetchError(call, cause, { method, url, attempts: attempt });
    }
  }
}

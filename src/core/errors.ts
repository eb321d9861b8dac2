// The one error tree of the SDK: every error it throws is declared here. Every error is a LangflowError; HTTP
// failures are APIErrors with one subclass per status family. No error ever carries a credential: URLs and headers
// are redacted when the error is built, and toJSON / util.inspect show only the safe fields.
// Fields are `declare`d and set in the constructors (no separate class-field definitions in the bundle).
import type { HumanInputRequest } from "./human-input";
import { redactHeaders, redactUrl } from "./redact";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The root of every error the SDK throws: `catch (e) { if (e instanceof LangflowError) ... }` catches them all. */
export class LangflowError extends Error {
  /** name, message and the error's own fields, except an APIError's raw `body` and `headers` (large, and the body may echo what was sent). */
  toJSON(): Record<string, unknown> {
    const { body: _body, headers: _headers, ...fields } = this as unknown as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }

  [INSPECT](): string {
    return `${this.name}: ${this.message}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}

/**
 * A client option, a method parameter, a request option or a path segment is unknown or malformed. Thrown before
 * any request is sent: by the constructor, or synchronously by the method called.
 */
export class LangflowConfigError extends LangflowError {
  /** The option or parameter at fault, e.g. "baseUrl". */
  declare readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/** One field problem of a FastAPI 422 (`detail: [{loc, msg, type}]`). */
export interface FieldIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface APIErrorInit {
  status: number;
  message: string;
  detail?: unknown;
  code?: string | undefined;
  body?: unknown;
  headers?: Headers | Record<string, string>;
  method: string;
  url: string;
  attempts?: number;
}

/** The server answered with an error status (or with something that is not the JSON it should be). */
export class APIError extends LangflowError {
  declare readonly status: number;
  /** Langflow's `detail`: a string, an object (`{code, message, ...}`) or FastAPI's list of field issues. */
  declare readonly detail: unknown;
  /** Langflow's error code when it sends one (e.g. `JOB_NOT_FOUND`, `FLOW_NOT_FOUND`). */
  declare readonly code: string | undefined;
  /** The parsed body (or its text when it is not JSON). */
  declare readonly body: unknown;
  /** Response headers, credentials redacted. */
  declare readonly headers: Record<string, string>;
  declare readonly requestId: string | undefined;
  declare readonly method: string;
  /** Request URL, credentials redacted. */
  declare readonly url: string;
  /** How many attempts were made (1 + retries). */
  declare readonly attempts: number;

  constructor(init: APIErrorInit) {
    super(init.message);
    this.status = init.status;
    this.detail = init.detail;
    this.code = init.code;
    this.body = init.body;
    this.headers = redactHeaders(init.headers ?? {});
    this.requestId = this.headers["x-request-id"] ?? this.headers["x-correlation-id"];
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.attempts = init.attempts ?? 1;
  }
}

/** 400 */
export class BadRequestError extends APIError {}
/**
 * 401, and the 403 Langflow answers for a missing or wrong API key (`Invalid or missing API key`, `No authentication
 * credentials provided`, ...): `status` says which. Check `apiKey` / `token`.
 */
export class AuthenticationError extends APIError {}
/** 403 for anything but the credentials: an inactive user, missing privileges, another user's resource. */
export class PermissionDeniedError extends APIError {}
/** 404 */
export class NotFoundError extends APIError {}
/** 409 */
export class ConflictError extends APIError {}
/** 413 */
export class PayloadTooLargeError extends APIError {}
/** 422, with FastAPI's field issues. */
export class UnprocessableEntityError extends APIError {
  /** FastAPI's field issues, when the server sent them. */
  get issues(): FieldIssue[] {
    return Array.isArray(this.detail) ? (this.detail as FieldIssue[]) : [];
  }
}
/** 429 */
export class RateLimitError extends APIError {}
/** 5xx */
export class InternalServerError extends APIError {}

/** A 404 from the router itself (FastAPI's bare "Not Found"): the route does not exist on this server. */
export function isMissingRoute(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError && error.detail === "Not Found";
}

/** No usable answer from the server: DNS, refused connection, reset, TLS... */
export class APIConnectionError extends LangflowError {
  declare readonly method: string;
  declare readonly url: string;
  declare readonly attempts: number;

  constructor(init: { message: string; method: string; url: string; attempts?: number; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.attempts = init.attempts ?? 1;
  }
}

/** The call took longer than `timeout`, or a stream was silent longer than `idleTimeout`. */
export class APITimeoutError extends APIConnectionError {}

/**
 * The server redirected the call somewhere the SDK does not follow: another origin (your credentials stay with
 * `baseUrl`'s), a call with a body (a flow run is never sent twice), or too many hops. In a browser the target
 * cannot be read (`location` is undefined). Set `baseUrl` to the server's final URL.
 */
export class RedirectError extends LangflowError {
  declare readonly status: number;
  declare readonly method: string;
  /** The redirected URL, credentials redacted. */
  declare readonly url: string;
  /** Where the server sent it, credentials redacted (undefined when the platform hides it). */
  declare readonly location: string | undefined;

  constructor(message: string, init: { status: number; method: string; url: string; location?: string }) {
    super(message);
    this.status = init.status;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.location = init.location && redactUrl(init.location);
  }
}

/** A buffered answer (a JSON body, a download) passed `maxResponseBytes`, counted as it arrives (after decompression). */
export class ResponseTooLargeError extends LangflowError {
  declare readonly method: string;
  /** Request URL, credentials redacted. */
  declare readonly url: string;
  /** The cap it passed, in bytes. */
  declare readonly limit: number;

  constructor(method: string, url: string, limit: number) {
    url = redactUrl(url);
    super(
      `${method} ${url}: the answer passed maxResponseBytes (${limit} bytes); raise it (client or call option) if that is expected.`,
    );
    this.method = method;
    this.url = url;
    this.limit = limit;
  }
}

/** The caller aborted (its `signal`, or `stream.abort()`). */
export class APIUserAbortError extends LangflowError {
  constructor(message = "The request was aborted by the caller.") {
    super(message);
  }
}

/** A stream delivered an `error` event or could not be read (malformed framing, truncated event). */
export class StreamError extends LangflowError {
  /** The error event as the server sent it, when there was one. */
  declare readonly event: unknown;

  constructor(message: string, event?: unknown) {
    super(message);
    this.event = event;
  }
}

/** A workflow run or job ended as failed. */
export class JobFailedError extends LangflowError {
  declare readonly jobId: string | undefined;
  /** The server's errors (`[{error, code, details}]`) or error detail. */
  declare readonly errors: unknown[];

  constructor(message: string, init: { jobId?: string | undefined; errors?: unknown[] } = {}) {
    super(message);
    this.jobId = init.jobId;
    this.errors = init.errors ?? [];
  }
}

/** A job was stopped (by this or another client) before it finished. */
export class JobCancelledError extends LangflowError {
  declare readonly jobId: string | undefined;
  constructor(message: string, jobId?: string) {
    super(message);
    this.jobId = jobId;
  }
}

/**
 * A background job paused for a person's decision (Langflow 1.11+ human input): `job.wait()` without an
 * `onHumanInput` handler, or `finalText()` / `finalResult()` of a stream that ended at the pause. Answer it with
 * `job.resume({ requestId: error.request.requestId, decision })` (or `wf.job(error.jobId).resume(...)`).
 */
export class JobSuspendedError extends LangflowError {
  declare readonly jobId: string | undefined;
  declare readonly request: HumanInputRequest;
  constructor(jobId: string | undefined, request: HumanInputRequest) {
    super(`Job ${jobId} waits for human input (request ${request.requestId}): job.resume() it.`);
    this.jobId = jobId;
    this.request = request;
  }
}

/** `wait()`'s own `timeout` passed before the job finished (the job itself goes on). */
export class JobTimeoutError extends LangflowError {
  declare readonly timeout: number;
  declare readonly jobId: string | undefined;
  constructor(timeout: number, jobId?: string) {
    super(
      `Gave up waiting after ${timeout} ms${jobId ? ` for job ${jobId}` : ""}; the job may still be running (check it with job.status()).`,
    );
    this.timeout = timeout;
    this.jobId = jobId;
  }
}

/** One way a response body differs from what the SDK expects: where (`path` into the body) and how. */
export interface ResponseIssue {
  path: (string | number)[];
  message: string;
}

/**
 * With the client option `validate: true`: a successful JSON answer does not have the shape the SDK relies on
 * (a Langflow version it does not know, or a proxy answering in its place).
 */
export class ResponseValidationError extends LangflowError {
  declare readonly issues: ResponseIssue[];
  declare readonly status: number;
  declare readonly method: string;
  /** Request URL, credentials redacted. */
  declare readonly url: string;
  /** The parsed body as received. */
  declare readonly body: unknown;

  constructor(init: {
    message: string;
    issues: ResponseIssue[];
    status: number;
    method: string;
    url: string;
    body: unknown;
  }) {
    super(init.message);
    this.issues = init.issues;
    this.status = init.status;
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.body = init.body;
  }
}

/** The pre-1.0 `/api/v1/process` and `/api/v1/task` endpoints, which Langflow 1.x answers with 400 "deprecated". */
export class DeprecatedEndpointError extends LangflowError {
  constructor(
    readonly endpoint: string,
    readonly detail: string,
  ) {
    super(
      `${endpoint} is no longer served by this Langflow server (it answered: "${detail}"). Use lf.run() instead.`,
    );
  }
}

/** An OpenAI-style `{ error: { message, type, code } }` that the Responses API sends with HTTP 200. */
export class ResponsesError extends LangflowError {
  constructor(
    message: string,
    readonly type: string | undefined,
    readonly code: string | null | undefined,
  ) {
    super(`Responses API error${code ? ` (${code})` : ""}: ${message}`);
  }
}

/** A flow (given to `normalizeFlow`, or a flow file to push) is not valid JSON, or not shaped like a Langflow flow where it must be. */
export class FlowFormatError extends LangflowError {
  /** Where the problem is: `line 3, column 14` for JSON syntax, a path such as `data.nodes[2].data` otherwise (after the file's path, for a file). */
  declare readonly where: string;

  constructor(where: string, message: string) {
    super(`${message} (at ${where})`);
    this.where = where;
  }
}

/**
 * A named environment cannot be used: no environments file, invalid TOML, an unknown name, a missing `url`, or
 * an `api_key_env` variable that is not set. The message names the file, the environment and the variable; it
 * never holds a key.
 */
export class LangflowEnvironmentError extends LangflowConfigError {
  /** The environments file that was read (absolute path), when one was found. */
  declare readonly file: string | undefined;
  /** The environment asked for (or the file's default), when known. */
  declare readonly environment: string | undefined;
  /** The environment variable that should hold the API key, when that is the problem. */
  declare readonly variable: string | undefined;

  constructor(
    message: string,
    context: {
      file?: string | undefined;
      environment?: string | undefined;
      variable?: string | undefined;
    } = {},
  ) {
    super("environment", message);
    this.file = context.file;
    this.environment = context.environment;
    this.variable = context.variable;
  }
}

/**
 * A package the SDK loads on demand (zod for `validate`, eventsource-parser for SSE streams, openapi-fetch for
 * `lf.raw`) could not be loaded: a broken install, or a bundler that dropped the chunk. Not a connection problem.
 */
export function missingPackage(pkg: string, neededBy: string, cause: unknown, fix = ""): LangflowError {
  return new LangflowError(
    `${neededBy} needs the ${pkg} package, which could not be loaded (${cause instanceof Error ? cause.message : String(cause)}). Install the SDK's dependencies${fix}.`,
    { cause },
  );
}

/** Every error of the SDK, by its class name (the names `isLangflowError` takes). */
export interface LangflowErrors {
  LangflowError: LangflowError;
  LangflowConfigError: LangflowConfigError;
  APIError: APIError;
  BadRequestError: BadRequestError;
  AuthenticationError: AuthenticationError;
  PermissionDeniedError: PermissionDeniedError;
  NotFoundError: NotFoundError;
  ConflictError: ConflictError;
  PayloadTooLargeError: PayloadTooLargeError;
  UnprocessableEntityError: UnprocessableEntityError;
  RateLimitError: RateLimitError;
  InternalServerError: InternalServerError;
  APIConnectionError: APIConnectionError;
  APITimeoutError: APITimeoutError;
  APIUserAbortError: APIUserAbortError;
  RedirectError: RedirectError;
  ResponseTooLargeError: ResponseTooLargeError;
  StreamError: StreamError;
  JobFailedError: JobFailedError;
  JobCancelledError: JobCancelledError;
  JobSuspendedError: JobSuspendedError;
  JobTimeoutError: JobTimeoutError;
  ResponseValidationError: ResponseValidationError;
  DeprecatedEndpointError: DeprecatedEndpointError;
  ResponsesError: ResponsesError;
  FlowFormatError: FlowFormatError;
  LangflowEnvironmentError: LangflowEnvironmentError;
}

/** The name of one of the SDK's error classes. */
export type LangflowErrorName = keyof LangflowErrors;

// The keys are strings, so they survive minification (class names do not).
const ERROR_CLASSES: { [N in LangflowErrorName]: new (...args: never[]) => LangflowErrors[N] } = {
  LangflowError,
  LangflowConfigError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  PayloadTooLargeError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  RedirectError,
  ResponseTooLargeError,
  StreamError,
  JobFailedError,
  JobCancelledError,
  JobSuspendedError,
  JobTimeoutError,
  ResponseValidationError,
  DeprecatedEndpointError,
  ResponsesError,
  FlowFormatError,
  LangflowEnvironmentError,
};

// `name` lives on each class's prototype (not on the instance): the stack trace header and `error.name` name the
// class, and isLangflowError() below reads the class names along an error's prototype chain.
for (const [name, cls] of Object.entries(ERROR_CLASSES)) cls.prototype.name = name;

/**
 * Whether `value` is an error of the SDK (of class `name` or a subclass of it; default `LangflowError`), also when
 * it was thrown by another copy of the SDK, where `instanceof` says no: the ESM and CJS builds are separate module
 * instances with separate classes, and one app can load both (an ESM app using a CJS library that requires
 * langflow-sdk). A copy's error matches when its prototype chain names `name` and `LangflowError`.
 *
 * ```ts
 * if (isLangflowError(error, "NotFoundError")) console.log(error.status);
 * ```
 */
export function isLangflowError<N extends LangflowErrorName = "LangflowError">(
  value: unknown,
  name?: N,
): value is LangflowErrors[N] {
  const wanted: LangflowErrorName = name ?? "LangflowError";
  if (value instanceof ERROR_CLASSES[wanted]) return true;
  if (typeof value !== "object" || value === null) return false;
  const names: unknown[] = [];
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    if (Object.hasOwn(p, "name")) names.push(p.name);
  }
  return names.includes(wanted) && names.includes("LangflowError");
}

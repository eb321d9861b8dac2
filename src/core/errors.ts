// The one error tree of the SDK. Every error is a LangflowError; HTTP failures are APIErrors with one
// subclass per status family. No error ever carries a credential: URLs and headers are redacted when the
// error is built, and toJSON / util.inspect show only the safe fields.
import { redactHeaders, redactUrl } from "./redact";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** `value instanceof cls`, or `value` is an error of a class named like `cls` from another copy of the SDK. */
function isInstance(cls: typeof LangflowError, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(cls, value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const wanted = cls.prototype.name;
  let matched = false;
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    const kind = Object.getOwnPropertyDescriptor(p, "name")?.get?.call(value);
    if (kind === wanted) matched = true;
    if (kind === "LangflowError") return matched;
  }
  return false;
}

/** The root of every error the SDK throws: `catch (e) { if (e instanceof LangflowError) ... }` catches them all. */
export class LangflowError extends Error {
  // `name` is a getter on each class's prototype (not an instance field): the stack trace header names the
  // class, and `instanceof` below can read the class names along an error's prototype chain.
  override get name(): string {
    return "LangflowError";
  }

  /**
   * `instanceof` that also recognises errors thrown by another copy of the SDK. The ESM and CJS builds are
   * separate module instances with separate classes, and one app can load both (an ESM app using a CJS
   * library that requires langflow-sdk). An error matches a class when its prototype chain holds a class
   * of the same name that descends from a `LangflowError`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof` (maybe a subclass).
    return isInstance(this, value);
  }

  /** name, message and the error's own fields, except an APIError's raw `body` and `headers` (large, and the body may echo what was sent). */
  toJSON(): Record<string, unknown> {
    const { body: _body, headers: _headers, ...fields } = this as unknown as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }

  [INSPECT](): string {
    return `${this.name}: ${this.message}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}

/** A client option is missing, unknown or malformed. Thrown by the constructor, before any request. */
export class LangflowConfigError extends LangflowError {
  override get name(): string {
    return "LangflowConfigError";
  }
  /** The option at fault, e.g. "baseUrl". */
  readonly option: string;

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
  override get name(): string {
    return "APIError";
  }
  readonly status: number;
  /** Langflow's `detail`: a string, an object (`{code, message, ...}`) or FastAPI's list of field issues. */
  readonly detail: unknown;
  /** Langflow's error code when it sends one (e.g. `JOB_NOT_FOUND`, `FLOW_NOT_FOUND`). */
  readonly code: string | undefined;
  /** The parsed body (or its text when it is not JSON). */
  readonly body: unknown;
  /** Response headers, credentials redacted. */
  readonly headers: Record<string, string>;
  readonly requestId: string | undefined;
  readonly method: string;
  /** Request URL, credentials redacted. */
  readonly url: string;
  /** How many attempts were made (1 + retries). */
  readonly attempts: number;

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

export class BadRequestError extends APIError {
  override get name(): string {
    return "BadRequestError";
  }
}
export class AuthenticationError extends APIError {
  override get name(): string {
    return "AuthenticationError";
  }
}
export class PermissionDeniedError extends APIError {
  override get name(): string {
    return "PermissionDeniedError";
  }
}
export class NotFoundError extends APIError {
  override get name(): string {
    return "NotFoundError";
  }
}
export class ConflictError extends APIError {
  override get name(): string {
    return "ConflictError";
  }
}
export class PayloadTooLargeError extends APIError {
  override get name(): string {
    return "PayloadTooLargeError";
  }
}
export class UnprocessableEntityError extends APIError {
  override get name(): string {
    return "UnprocessableEntityError";
  }
  /** FastAPI's field issues, when the server sent them. */
  get issues(): FieldIssue[] {
    return Array.isArray(this.detail) ? (this.detail as FieldIssue[]) : [];
  }
}
export class RateLimitError extends APIError {
  override get name(): string {
    return "RateLimitError";
  }
}
export class InternalServerError extends APIError {
  override get name(): string {
    return "InternalServerError";
  }
}

/** No usable answer from the server: DNS, refused connection, reset, TLS... */
export class APIConnectionError extends LangflowError {
  override get name(): string {
    return "APIConnectionError";
  }
  readonly method: string;
  readonly url: string;
  readonly attempts: number;

  constructor(init: { message: string; method: string; url: string; attempts?: number; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.attempts = init.attempts ?? 1;
  }
}

/** The call took longer than `timeout`, or a stream was silent longer than `idleTimeout`. */
export class APITimeoutError extends APIConnectionError {
  override get name(): string {
    return "APITimeoutError";
  }
}

/** The caller aborted (its `signal`, or `stream.abort()`). */
export class APIUserAbortError extends LangflowError {
  override get name(): string {
    return "APIUserAbortError";
  }
  constructor(message = "The request was aborted by the caller.") {
    super(message);
  }
}

/** A stream delivered an `error` event or could not be read (malformed framing, truncated event). */
export class StreamError extends LangflowError {
  override get name(): string {
    return "StreamError";
  }
  /** The error event as the server sent it, when there was one. */
  readonly event: unknown;

  constructor(message: string, event?: unknown) {
    super(message);
    this.event = event;
  }
}

/** A workflow run or job ended as failed. */
export class JobFailedError extends LangflowError {
  override get name(): string {
    return "JobFailedError";
  }
  readonly jobId: string | undefined;
  /** The server's errors (`[{error, code, details}]`) or error detail. */
  readonly errors: unknown[];

  constructor(message: string, init: { jobId?: string | undefined; errors?: unknown[] } = {}) {
    super(message);
    this.jobId = init.jobId;
    this.errors = init.errors ?? [];
  }
}

/** A job was stopped (by this or another client) before it finished. */
export class JobCancelledError extends LangflowError {
  override get name(): string {
    return "JobCancelledError";
  }
  readonly jobId: string | undefined;
  constructor(message: string, jobId?: string) {
    super(message);
    this.jobId = jobId;
  }
}

/** `wait()`'s own `timeout` passed before the job finished (the job itself goes on). */
export class JobTimeoutError extends LangflowError {
  override get name(): string {
    return "JobTimeoutError";
  }
  readonly timeout: number;
  readonly jobId: string | undefined;
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
  override get name(): string {
    return "ResponseValidationError";
  }
  readonly issues: ResponseIssue[];
  readonly status: number;
  readonly method: string;
  /** Request URL, credentials redacted. */
  readonly url: string;
  /** The parsed body as received. */
  readonly body: unknown;

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

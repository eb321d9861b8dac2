// From what came back to the SDK's error: the right APIError subclass for an HTTP answer, a JSON body that is HTML or
// not JSON, and a failed fetch (the caller's abort, a timeout, or a connection problem). The messages of the first two
// come from error-detail.ts, loaded with the first error answer.
import { readText } from "./body-limit";
import type { DirectRead } from "./direct-http.node";
import {
  APIConnectionError,
  APIError,
  type APIErrorInit,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LangflowError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors";
import { isRecord } from "./is-record";
import { redactUrl } from "./redact";
import type { CallSignal } from "./signals";

type Describe = typeof import("./error-detail").describeAnswer;
let describer: Promise<Describe> | undefined;

/** What the error for an answer says (error-detail.ts, loaded once); without it, the status, method and URL only. */
function describeAnswer(init: Parameters<Describe>[0]): Promise<ReturnType<Describe>> {
  describer ??= import("./error-detail").then(
    (m) => m.describeAnswer,
    () => {
      describer = undefined;
      return ({ status, method, url }) => ({
        detail: undefined,
        code: undefined,
        message: `${status} (${method} ${url}).`,
      });
    },
  );
  return describer.then((describe) => describe({ ...init, url: redactUrl(init.url) }));
}

const BY_STATUS: Record<number, new (init: APIErrorInit) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Langflow answers a missing or wrong API key (or credentials it cannot use) with 403, not 401: "Invalid or missing
 * API key", "An API key must be passed as query or header", "No authentication credentials provided", "Invalid API
 * key", "API key required when webhook authentication is enabled", "API key authentication failed" (1.13.0's
 * services/auth; docs/server-quirks.md). Those are AuthenticationErrors (status still 403); a 403 for anything else
 * (an inactive user, missing privileges, someone else's flow) stays a PermissionDeniedError.
 */
const CREDENTIALS_403 = /api key|credentials provided|authentication failed/i;

function errorClassFor(status: number, body: unknown): new (init: APIErrorInit) => APIError {
  if (status === 403 && CREDENTIALS_403.test(String((body as { detail?: unknown } | null)?.detail)))
    return AuthenticationError;
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
}

function looksLikeHtml(contentType: string | null, text: string): boolean {
  return /text\/html/i.test(contentType ?? "") || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

/** The APIError subclass for an HTTP error answer, with its message. */
export async function apiErrorFor(init: {
  status: number;
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  attempts: number;
  html?: boolean;
}): Promise<APIError> {
  const ErrorClass = errorClassFor(init.status, init.body);
  return new ErrorClass({ ...init, ...(await describeAnswer(init)) });
}

/** A JSON answer's body: parsed, undefined when empty, or an APIError when it is an HTML page or not JSON. */
export async function parseJsonBody(
  answer: Response | DirectRead,
  text: string,
  method: string,
): Promise<unknown> {
  if (text.trim() === "") return undefined;
  const html = looksLikeHtml(answer.headers.get("content-type"), text);
  if (!html) {
    try {
      return JSON.parse(text);
    } catch {
      // not JSON: said below
    }
  }
  const response = answer instanceof Response ? answer : answer.response();
  const init = { status: response.status, headers: response.headers, method, url: response.url };
  const { message } = await describeAnswer({ ...init, body: text, html, notJson: !html });
  throw new APIError({ ...init, body: text.slice(0, 500), message });
}

/**
 * A successful answer's body when it is the object a call reads (one with `field`); else an APIError: `null`, a list
 * or a bare value (a proxy, a wrong baseUrl), or an error's `{"detail": ...}` sent with a 2xx status.
 */
export async function objectBody(
  body: unknown,
  response: Response,
  method: string,
  field: string,
): Promise<Record<string, unknown>> {
  if (isRecord(body) && (field in body || body.detail === undefined)) return body;
  const init = { status: response.status, body, headers: response.headers, method, url: response.url };
  throw new APIError({ ...init, ...(await describeAnswer({ ...init, expected: field })) });
}

/** The message for a stream's answer that is an HTML page (`html`) or has no body (error-detail.ts). */
export async function notAStream(response: Response, html: boolean): Promise<string> {
  const { message } = await describeAnswer({
    status: response.status,
    body: undefined,
    method: "",
    url: response.url,
    html,
    stream: true,
  });
  return message;
}

/** The error for an HTTP error answer, its body read (a failure to read it is mapped like a failed fetch). */
export async function httpError(
  response: Response,
  call: CallSignal,
  at: { method: string; url: string; attempts: number },
  maxBytes: number,
): Promise<LangflowError> {
  let text: string;
  try {
    text = await readText(response, maxBytes, at.method);
  } catch (cause) {
    return fetchError(call, cause, at);
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
    ...at,
    status: response.status,
    body: html ? text.slice(0, 500) : body,
    headers: response.headers,
    html,
  });
}

/** Maps a fetch/body failure: the caller's abort, the call's timeout, or a connection problem. */
export function fetchError(
  call: CallSignal,
  cause: unknown,
  at: { method: string; url: string; attempts: number },
): LangflowError {
  if (cause instanceof LangflowError) return cause;
  const why = call.cause();
  if (why === "user") return new APIUserAbortError();
  if (why === "timeout" || why === "idle") {
    const idle = why === "idle";
    const option = idle ? "idleTimeout" : "timeout";
    return new APITimeoutError({
      ...at,
      message: `${at.method} ${redactUrl(at.url)} exceeded its ${option} (${idle ? call.idleMs : call.timeoutMs} ms); raise the option ${option}, per client or per call.`,
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
    ...at,
    message: `Could not reach Langflow at ${redactUrl(at.url)} (${detail}). Is the server running, and is baseUrl right?`,
    cause,
  });
}

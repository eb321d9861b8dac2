// From what came back to the SDK's error: the right APIError subclass for an HTTP answer (Langflow's `detail`
// decoded), a JSON body that is HTML or not JSON, and a failed fetch (the caller's abort, a timeout, or a connection
// problem).
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
import { redactUrl } from "./redact";
import type { CallSignal } from "./signals";

/** Langflow sends `detail` as a string, an object with code/message, a FastAPI issue list, or JSON inside a string. */
export function decodeDetail(body: unknown): {
  detail: unknown;
  code: string | undefined;
  message: string | undefined;
} {
  let detail: unknown =
    typeof body === "object" && body !== null && "detail" in body ? body.detail : undefined;
  // 1.13's v2 JOB_NOT_FOUND / FLOW_NOT_FOUND bodies are the bare {error, code, message} object, not under detail.
  if (
    detail === undefined &&
    typeof body === "object" &&
    body !== null &&
    "code" in body &&
    ("error" in body || "message" in body)
  ) {
    detail = body;
  }
  if (typeof detail === "string" && /^\s*[[{]/.test(detail)) {
    try {
      detail = JSON.parse(detail); // APIException: detail is a JSON-encoded {message, traceback, ...}
    } catch {
      // a string that only looks like JSON
    }
  }
  if (typeof detail === "string") return { detail, code: undefined, message: detail };
  if (Array.isArray(detail)) {
    const issues = detail
      .map((i) => {
        const issue = i as { loc?: unknown[]; msg?: unknown };
        const where = Array.isArray(issue.loc) ? issue.loc.join(".") : "?";
        return `${where}: ${String(issue.msg ?? "invalid")}`;
      })
      .join("; ");
    return { detail, code: undefined, message: issues || undefined };
  }
  if (typeof detail === "object" && detail !== null) {
    const d = detail as Record<string, unknown>;
    const code = typeof d.code === "string" ? d.code : undefined;
    const text = [d.error, d.message].filter((v): v is string => typeof v === "string" && v !== "");
    return { detail, code, message: text.length > 0 ? [...new Set(text)].join(": ") : undefined };
  }
  // OpenAI-style bodies (the Responses API): {error: {message, code}}
  const error =
    typeof body === "object" && body !== null && "error" in body
      ? (body as { error: unknown }).error
      : undefined;
  if (typeof error === "object" && error !== null) {
    const e = error as Record<string, unknown>;
    return {
      detail: error,
      code: typeof e.code === "string" ? e.code : undefined,
      message: typeof e.message === "string" ? e.message : undefined,
    };
  }
  return { detail: undefined, code: undefined, message: undefined };
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

export function errorClassFor(status: number): new (init: APIErrorInit) => APIError {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** A short, helpful hint for statuses whose cause users often guess wrong. */
function hint(status: number, code: string | undefined, url: string): string {
  if (code === "DEVELOPER_API_DISABLED") {
    return " The v2 Workflow API is disabled on this server: start Langflow with LANGFLOW_DEVELOPER_API_ENABLED=true.";
  }
  // A refused login is about the username and password it sent, not about the client's credentials.
  if (status === 401 && /\/api\/v1\/login(\?|$)/.test(url)) return " Check the username and password.";
  if (status === 401 || status === 403) {
    return " Check the API key (option apiKey or env LANGFLOW_API_KEY) or the token.";
  }
  return "";
}

export function looksLikeHtml(contentType: string | null, text: string): boolean {
  return /text\/html/i.test(contentType ?? "") || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

export function htmlErrorMessage(status: number, method: string, url: string): string {
  return `${method} ${redactUrl(url)} answered an HTML page (HTTP ${status}) where JSON was expected: is baseUrl the Langflow server root (e.g. http://localhost:7860), not a web page, a proxy login or the UI?`;
}

export function apiErrorFor(init: {
  status: number;
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  attempts: number;
  html?: boolean;
}): APIError {
  const { detail, code, message } = decodeDetail(init.body);
  const text = init.html
    ? htmlErrorMessage(init.status, init.method, init.url)
    : `${init.status} ${message ?? (typeof init.body === "string" && init.body ? init.body.slice(0, 200) : "error")} (${init.method} ${redactUrl(init.url)}).${hint(init.status, code, init.url)}`;
  const ErrorClass = errorClassFor(init.status);
  return new ErrorClass({ ...init, message: text, detail, code });
}

/** A JSON answer's body: parsed, undefined when empty, or an APIError when it is an HTML page or not JSON. */
export function parseJsonBody(response: Response, text: string, method: string): unknown {
  if (text.trim() === "") return undefined;
  const init = {
    status: response.status,
    body: text.slice(0, 500),
    headers: response.headers,
    method,
    url: response.url,
  };
  if (looksLikeHtml(response.headers.get("content-type"), text)) {
    throw new APIError({ ...init, message: htmlErrorMessage(response.status, method, response.url) });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new APIError({
      ...init,
      message: `${method} ${redactUrl(response.url)} answered ${response.status} with a body that is not JSON (${JSON.stringify(text.slice(0, 80))}...).`,
    });
  }
}

/** The error for an HTTP error answer, its body read (a failure to read it is mapped like a failed fetch). */
export async function httpError(
  response: Response,
  call: CallSignal,
  at: { method: string; url: string; attempts: number },
): Promise<LangflowError> {
  let text: string;
  try {
    text = await response.text();
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
    const limit = why === "idle" ? "idleTimeout" : "timeout";
    return new APITimeoutError({
      ...at,
      message: `${at.method} ${redactUrl(at.url)} exceeded its ${limit}.`,
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

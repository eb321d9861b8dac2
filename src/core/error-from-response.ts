// Builds the right APIError subclass from an HTTP answer, with Langflow's `detail` decoded.
import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors";
import { redactUrl } from "./redact";

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

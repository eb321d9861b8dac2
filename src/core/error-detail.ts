// How an error answer reads: Langflow's `detail` decoded, and the message of the SDK's error, with a hint where users
// often guess the cause wrong. Only an error answer needs this, so it is loaded with the first one
// (error-from-response.ts, a dynamic import): it imports nothing of the SDK, so bundlers split nothing out to share.
// Every URL it is given is already redacted.

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

const ENABLE_V2 = "start Langflow with LANGFLOW_DEVELOPER_API_ENABLED=true";

/** A short, helpful hint for statuses whose cause users often guess wrong. */
function hint(status: number, code: string | undefined, url: string, detail: unknown): string {
  if (code === "DEVELOPER_API_DISABLED")
    return ` The v2 Workflow API is disabled on this server: ${ENABLE_V2}.`;
  // The v2 routes answer FastAPI's plain 404 when the developer API is off (1.11+ docs).
  if (status === 404 && detail === "Not Found" && /\/api\/v2\/workflows/.test(url)) {
    return ` The developer API is probably disabled on this server: ${ENABLE_V2} (and check that baseUrl is the server root).`;
  }
  // A refused login is about the username and password it sent, not about the client's credentials.
  if (status === 401 && /\/api\/v1\/login(\?|$)/.test(url)) return " Check the username and password.";
  if (
    status === 401 ||
    (status === 403 && /api key|credentials provided|authentication failed/i.test(String(detail)))
  ) {
    return " Check the API key (option apiKey or env LANGFLOW_API_KEY) or the token.";
  }
  return "";
}

/** What the SDK's error for an answer says (every URL given here is already redacted). */
export interface AnswerDescription {
  detail: unknown;
  code: string | undefined;
  message: string;
}

/**
 * The error for an answer: an HTTP error status (`body` parsed, or the text of an HTML page), or a successful answer
 * whose body is an HTML page (`html`) or not JSON (`notJson`, `body` the text).
 */
export function describeAnswer(init: {
  status: number;
  body: unknown;
  method: string;
  url: string;
  html?: boolean;
  notJson?: boolean;
  /** A successful answer that is not the object with this field the call reads (objectBody). */
  expected?: string;
  /** A stream's answer: an HTML page (`html`) or no body. */
  stream?: boolean;
}): AnswerDescription {
  const { status, method, url, body } = init;
  if (init.stream) {
    return {
      detail: undefined,
      code: undefined,
      message: `${url} answered ${status} with ${init.html ? "an HTML page" : "no body"} where a stream was expected${init.html ? ": is baseUrl the Langflow server root (e.g. http://localhost:7860), not a web page, a proxy login or the UI?" : "."}`,
    };
  }
  if (init.expected) {
    const { detail, code, message } = decodeDetail(body);
    const got = message ? `an error: ${message.slice(0, 200)}` : String(JSON.stringify(body)).slice(0, 80);
    return {
      detail,
      code,
      message: `${method} ${url} answered ${status} with ${got} where a result with "${init.expected}" was expected.`,
    };
  }
  if (init.html) {
    return {
      detail: undefined,
      code: undefined,
      message: `${method} ${url} answered an HTML page (HTTP ${status}) where JSON was expected: is baseUrl the Langflow server root (e.g. http://localhost:7860), not a web page, a proxy login or the UI?`,
    };
  }
  if (init.notJson) {
    return {
      detail: undefined,
      code: undefined,
      message: `${method} ${url} answered ${status} with a body that is not JSON (${JSON.stringify(String(body).slice(0, 80))}...).`,
    };
  }
  const { detail, code, message } = decodeDetail(body);
  const text = message ?? (typeof body === "string" && body ? body.slice(0, 200) : "error");
  return { detail, code, message: `${status} ${text} (${method} ${url}).${hint(status, code, url, detail)}` };
}

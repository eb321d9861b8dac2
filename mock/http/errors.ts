// Langflow error bodies. Throw an HttpError from any handler; route() turns it into the response.

/** A response to send instead of continuing the handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === "object" ? JSON.stringify(body) : String(body));
    this.name = "HttpError";
  }

  toResponse(): Response {
    return jsonResponse(this.body, this.status, this.headers);
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** FastAPI HTTPException: `{"detail": <detail>}` with the given status. */
export function httpError(status: number, detail: unknown, headers?: Record<string, string>): HttpError {
  return new HttpError(status, { detail }, headers);
}

/** The body Langflow answers for an unknown route. */
export function notFound(): HttpError {
  return httpError(404, "Not Found");
}

/**
 * Langflow's APIException (500): `detail` is a JSON *string* of
 * `{message, traceback, description, code, suggestion}` (src `exceptions/api.py`).
 */
export function apiException(message: string, status = 500): HttpError {
  return httpError(status, apiExceptionDetail(message));
}

/** The JSON text of an APIException's body, as `detail` carries it (1.13.0's ExceptionBody has no `source`). */
export function apiExceptionDetail(message: string): string {
  return JSON.stringify({ message, traceback: null, description: null, code: null, suggestion: null });
}

/** 422 TWEAKS_REFUSED, as 1.13.0's exception handler answers a refused tweak on v1 and v2 runs. */
export function tweaksRefused(fields: string[], reason: string): HttpError {
  return new HttpError(422, {
    detail: { error: "Refused tweaks", code: "TWEAKS_REFUSED", message: reason, fields },
  });
}

/** A v2 Workflow API error object `{error, code, message, ...extra}`. */
export interface V2ErrorBody {
  error: string;
  code: string;
  message: string;
  [extra: string]: unknown;
}

/**
 * v2 errors. 1.13.0 sends some of them bare at top level (FLOW_NOT_FOUND, JOB_NOT_FOUND on GET/stop/events)
 * and others inside `detail` (MISSING_PARAMETER, UNKNOWN_STREAM_PROTOCOL, ...); `wrap` chooses.
 */
export function v2Error(status: number, body: V2ErrorBody, wrap = true): HttpError {
  return new HttpError(status, wrap ? { detail: body } : body);
}

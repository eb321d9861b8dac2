// When to retry, and how long to wait. Pure functions, so every decision is unit-tested with fake timers.

const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;
const RETRY_AFTER_CAP_MS = 60_000;
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RetryCase {
  method: string;
  /** HTTP status, or undefined for a connection failure. */
  status?: number | undefined;
  headers?: Headers | undefined;
  /** The connection was refused before anything was sent: the server cannot have processed the request. */
  refused?: boolean;
  /** The request body was a stream: it cannot be sent twice. */
  streamedBody?: boolean;
  /** The caller accepts that a non-idempotent request (e.g. a flow run) may be processed twice. */
  retryNonIdempotent?: boolean;
}

/** Whether a failed attempt may be sent again. */
export function shouldRetry(c: RetryCase): boolean {
  if (c.streamedBody) return false;
  const retryable = c.status === undefined || RETRYABLE_STATUSES.has(c.status);
  if (!retryable) return false;
  if (SAFE_METHODS.has(c.method.toUpperCase()) || c.retryNonIdempotent) return true;
  // A POST (a flow run above all) is repeated only when the server cannot have processed it:
  // the connection was refused, or the server said "not now" with a Retry-After.
  if (c.status === undefined) return c.refused === true;
  return (c.status === 429 || c.status === 503) && retryAfterMs(c.headers) !== undefined;
}

/** The server's wish from `retry-after-ms` or `Retry-After` (seconds or an HTTP date), capped at 60 s. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms)) && Number(ms) >= 0) {
    return Math.min(Number(ms), RETRY_AFTER_CAP_MS);
  }
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.min(Number(value) * 1000, RETRY_AFTER_CAP_MS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), RETRY_AFTER_CAP_MS);
}

/** Delay before retry number `retry` (1-based): the server's wish, else full jitter over 0.5 s x 2^(retry-1), capped at 8 s. */
export function retryDelayMs(
  retry: number,
  headers?: Headers,
  random = Math.random,
  now = Date.now(),
): number {
  const wish = retryAfterMs(headers, now);
  if (wish !== undefined) return wish;
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** Whether a fetch failure means the connection was refused (nothing sent). Only Node exposes the cause. */
export function isConnectionRefused(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

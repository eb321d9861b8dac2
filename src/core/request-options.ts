// Per-call request options: the last argument of every method, after the method's own parameters, as in
// openai-node and anthropic-sdk-typescript. Each one overrides the client's option of the same name for this call.
import { checkHeaders } from "./headers";
import { checkKeys } from "./keys";
import { checkLimit } from "./limits";

export interface RequestOptions {
  /** Aborts the call (an `APIUserAbortError`); for a stream, also ends the stream. */
  signal?: AbortSignal;
  /** ms for the whole call, body included. Default: the client's `timeout` (streams: only when the client's was set). */
  timeout?: number;
  /** ms of silence allowed on a stream, before its first byte and between chunks. Default: the client's `idleTimeout`. */
  idleTimeout?: number;
  /** Headers for this call, over the client's `headers`. */
  headers?: Record<string, string>;
  /** Retries after the first attempt for retryable failures. Default: the client's `maxRetries`. */
  maxRetries?: number;
  /** Allow retrying a request the server may already have processed (e.g. run a flow twice). */
  retryNonIdempotent?: boolean;
  /** Largest JSON answer or download read into memory, in bytes. Default: the client's `maxResponseBytes`. */
  maxResponseBytes?: number;
  /** Largest single stream event, in characters. Default: the client's `maxEventBytes`. */
  maxEventBytes?: number;
}

// A record over every key of RequestOptions: the compiler refuses a key missing here or not in the interface.
const KNOWN: Record<keyof RequestOptions, true> = {
  signal: true,
  timeout: true,
  idleTimeout: true,
  headers: true,
  maxRetries: true,
  retryNonIdempotent: true,
  maxResponseBytes: true,
  maxEventBytes: true,
};
export const REQUEST_OPTION_KEYS: readonly string[] = Object.keys(KNOWN);

/** Throws LangflowConfigError for a key that is not a request option (with the closest one) or a number out of bounds. */
export function checkRequestOptions(options: RequestOptions | undefined): void {
  checkKeys("request option", options, REQUEST_OPTION_KEYS);
  for (const name in options) checkLimit("request option", name, options[name as keyof RequestOptions]);
  checkHeaders("headers", options?.headers);
}

/** `options` with `signal` joined to the caller's own: either one aborts the request. */
export function withSignal(options: RequestOptions | undefined, signal: AbortSignal): RequestOptions {
  return { ...options, signal: options?.signal ? AbortSignal.any([signal, options.signal]) : signal };
}

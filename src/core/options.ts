// Client options: their types, their defaults (from the environment) and their validation.
// Bad options fail here, at construction, with an error that names the option and the fix.
import { isBrowserPage } from "./browser-api-key";
import { readEnv } from "./env";
import { LangflowConfigError } from "./errors";
import { checkHeader, checkHeaders } from "./headers";
import type { Hooks } from "./hooks";
import { checkKeys } from "./keys";
import { checkLimit, DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from "./limits";
import { segment } from "./path";
import { redactUrl } from "./redact";

/** A fetch-compatible function. */
export type FetchLike = (input: Request) => Promise<Response>;

/** A bearer token, or a function that returns a fresh one for each request. */
export type TokenProvider = string | (() => string | Promise<string>);

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export interface Logger {
  /** Errors. */
  error(message: string, ...rest: unknown[]): void;
  /** Risky settings (an API key used in a browser page). */
  warn(message: string, ...rest: unknown[]): void;
  /** Retries, with their delay and cause. */
  info(message: string, ...rest: unknown[]): void;
  /** One line per request and per response (URLs redacted). */
  debug(message: string, ...rest: unknown[]): void;
}

export interface ClientOptions {
  /** Server root, e.g. `http://localhost:7860`. Default: env `LANGFLOW_SERVER_URL`, then `LANGFLOW_URL`, then `http://localhost:7860`. */
  baseUrl?: string;
  /** Langflow API key, sent as `x-api-key`. Default: env `LANGFLOW_API_KEY`. */
  apiKey?: string;
  /** A bearer token (JWT, DataStax application token), or a function returning one; sent as `Authorization: Bearer`. */
  token?: TokenProvider;
  /** DataStax-hosted Langflow: every path gains the `/lf/{langflowId}` prefix. */
  langflowId?: string;
  /** The fetch to use. Looked up on every request (not at construction), so msw and test doubles work. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Milliseconds a whole call may take, body included (0: no limit; at most 2^31-1). Default 60 000, which streams
   * do not get: a stream is bounded by `timeout` only when you set one (here or per call).
   */
  timeout?: number;
  /** Milliseconds of silence allowed on a stream: before its first byte and between chunks. Default: no limit. */
  idleTimeout?: number;
  /** Retries after the first attempt for retryable failures (0 to 100). Default 2. */
  maxRetries?: number;
  /** Largest JSON answer or download read into memory, in bytes (after decompression). Default 32 MiB. */
  maxResponseBytes?: number;
  /** Largest single stream event (or line), in characters of text. Default 16 MiB. */
  maxEventBytes?: number;
  /** Default: env `LANGFLOW_LOG`, else `"off"`. */
  logLevel?: LogLevel;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
  /**
   * Check every JSON answer against the shape the SDK relies on (with zod, loaded only when this is on): a mismatch
   * throws a `ResponseValidationError` naming the fields, instead of a wrong value surfacing later. Default false.
   */
  validate?: boolean;
  /** Called before each attempt (retries included); may return a replacement Request. */
  onRequest?: Hooks["onRequest"];
  /** Called after each attempt that got an HTTP answer. */
  onResponse?: Hooks["onResponse"];
  /** Called after each failed attempt, with whether the SDK will retry. */
  onError?: Hooks["onError"];
  /**
   * In a browser page, an `apiKey` makes the client log one warning (anyone using the page can read the key; use a
   * server-side proxy or a `token`). `true` acknowledges that risk and silences the warning. Default false.
   */
  dangerouslyAllowBrowser?: boolean;
}

export interface ResolvedOptions {
  /** Server root without a trailing slash, with the `/lf/{langflowId}` prefix when set. */
  baseUrl: string;
  apiKey: string | undefined;
  token: TokenProvider | undefined;
  langflowId: string | undefined;
  fetch: FetchLike | undefined;
  headers: Record<string, string>;
  timeout: number;
  /** The timeout of a stream: the client's `timeout` when the caller set one, else 0 (none). */
  streamTimeout: number;
  idleTimeout: number | undefined;
  maxRetries: number;
  maxResponseBytes: number;
  maxEventBytes: number;
  logLevel: LogLevel;
  logger: Logger | undefined;
  validate: boolean;
  hooks: Hooks;
  /** Log the browser API-key warning when the client is built (see browser-api-key.ts). */
  browserApiKeyWarning?: boolean;
}

const DEFAULT_BASE_URL = "http://localhost:7860";
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** What each option must be: the check table, and (its keys) the list of known options. */
const KINDS: Record<keyof ClientOptions, "string" | "number" | "boolean" | "function" | "other"> = {
  baseUrl: "other",
  apiKey: "string",
  token: "other",
  langflowId: "string",
  fetch: "function",
  headers: "other",
  timeout: "number",
  idleTimeout: "number",
  maxRetries: "number",
  maxResponseBytes: "number",
  maxEventBytes: "number",
  logLevel: "other",
  logger: "other",
  validate: "boolean",
  onRequest: "function",
  onResponse: "function",
  onError: "function",
  dangerouslyAllowBrowser: "boolean",
};

/** Names people reach for from other SDKs or from Langflow's own docs (by folded name: lower case, no "-" or "_"). */
const ALIASES: Record<string, keyof ClientOptions> = {
  url: "baseUrl",
  host: "baseUrl",
  server: "baseUrl",
  serverurl: "baseUrl",
  langflowurl: "baseUrl",
  xapikey: "apiKey",
  bearer: "token",
  accesstoken: "token",
  applicationtoken: "token",
  retries: "maxRetries",
};

function fail(option: string, message: string): never {
  throw new LangflowConfigError(option, `Invalid option "${option}": ${message}`);
}

/** Checks one option against its kind in KINDS (undefined is always fine). */
function checkKind(name: keyof ClientOptions, value: unknown): void {
  const kind = KINDS[name];
  if (value === undefined || kind === "other") return;
  if (kind === "string" && (typeof value !== "string" || value.trim() === ""))
    fail(name, "expected a non-empty string.");
  if (kind === "number") checkLimit("option", name, value);
  if ((kind === "boolean" || kind === "function") && typeof value !== kind) fail(name, `expected a ${kind}.`);
}

function resolveBaseUrl(raw: unknown, langflowId: string | undefined): string {
  if (typeof raw !== "string" || raw.trim() === "") {
    fail("baseUrl", 'expected the Langflow server URL as a string, e.g. "http://localhost:7860".');
  }
  // How messages show it: a URL without a scheme ("user:pass@host", "//user:pass@host") is not parsed as having
  // user info, so whatever precedes an "@" is masked here before redactUrl masks the query's secrets.
  const shown = redactUrl(raw.replace(/^([^@]*\/\/)?[^/?#@]*@/, "$1***@"));
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    fail("baseUrl", `"${shown}" is not an absolute URL; write it like "http://localhost:7860".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail("baseUrl", `"${shown}" must start with http:// or https://.`);
  }
  if (url.search || url.hash) {
    fail("baseUrl", `"${shown}" must not carry a query or fragment; pass credentials as apiKey or token.`);
  }
  if (url.username || url.password)
    fail("baseUrl", "must not contain credentials; pass them as apiKey or token.");
  const path = url.pathname.replace(/\/+$/, "");
  const api = /\/api(\/v\d+)?$/;
  if (api.test(path)) {
    fail(
      "baseUrl",
      `"${raw}" ends in an API path; give the server root instead ("${url.origin}${path.replace(api, "")}"). The SDK adds /api/v1 and /api/v2 itself.`,
    );
  }
  const prefix = langflowId ? `/lf/${segment(langflowId, "the option langflowId")}` : "";
  return `${url.origin}${path}${prefix}`;
}

export function resolveOptions(input: ClientOptions = {}): ResolvedOptions {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new LangflowConfigError(
      "options",
      "LangflowClient options must be an object, e.g. { baseUrl, apiKey }.",
    );
  }
  const options = input as Record<string, unknown>;
  checkKeys("option", options, Object.keys(KINDS), { aliases: ALIASES });
  for (const [name, value] of Object.entries(options)) checkKind(name as keyof ClientOptions, value);

  const { token, headers, logger } = input;
  if (
    token !== undefined &&
    typeof token !== "function" &&
    (typeof token !== "string" || token.trim() === "")
  ) {
    fail("token", "expected a non-empty string or a function returning one.");
  }
  checkHeaders("headers", headers);
  if (typeof token === "string") checkHeader("token", "authorization", token);
  const logLevel = input.logLevel ?? (readEnv("LANGFLOW_LOG") as LogLevel | undefined) ?? "off";
  if (!LOG_LEVELS.includes(logLevel)) fail("logLevel", `expected one of ${LOG_LEVELS.join(", ")}.`);
  if (
    logger !== undefined &&
    (typeof logger !== "object" || logger === null || typeof logger.warn !== "function")
  ) {
    fail("logger", "expected an object with error, warn, info and debug methods (console works).");
  }

  const langflowId = input.langflowId?.trim();
  const baseUrl = resolveBaseUrl(
    input.baseUrl ?? readEnv("LANGFLOW_SERVER_URL") ?? readEnv("LANGFLOW_URL") ?? DEFAULT_BASE_URL,
    langflowId,
  );
  // An explicit empty string would silently disable auth, so it is rejected (above) rather than treated as absent.
  const apiKey = "apiKey" in options ? input.apiKey?.trim() : readEnv("LANGFLOW_API_KEY");
  if (apiKey !== undefined) checkHeader("apiKey", "x-api-key", apiKey);

  // The warning shows unless the caller chose a level below "warn": the default level "off" must not hide it.
  const warnLevel = input.logLevel ?? "warn";
  const browserApiKeyWarning =
    apiKey !== undefined &&
    input.dangerouslyAllowBrowser !== true &&
    (warnLevel === "warn" || warnLevel === "info" || warnLevel === "debug") &&
    isBrowserPage();

  return {
    baseUrl,
    apiKey,
    token,
    langflowId,
    fetch: input.fetch,
    headers: { ...headers },
    timeout: input.timeout ?? DEFAULT_TIMEOUT_MS,
    streamTimeout: input.timeout ?? 0,
    idleTimeout: input.idleTimeout,
    maxRetries: input.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: input.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxEventBytes: input.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES,
    logLevel,
    logger,
    validate: input.validate === true,
    hooks: { onRequest: input.onRequest, onResponse: input.onResponse, onError: input.onError },
    browserApiKeyWarning,
  };
}

// Client options: their types, their defaults (from the environment) and their validation.
// Bad options fail here, at construction, with an error that names the option and the fix.
import { isBrowserPage } from "./browser-api-key";
import { readEnv } from "./env";
import { LangflowConfigError } from "./errors";
import type { Hooks } from "./hooks";
import { checkKeys } from "./keys";
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
  /** Milliseconds a whole call may take, body included. Default 60 000. */
  timeout?: number;
  /** Milliseconds of silence allowed between stream chunks. Default: no limit beyond `timeout`. */
  idleTimeout?: number;
  /** Retries after the first attempt for retryable failures. Default 2. */
  maxRetries?: number;
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
  idleTimeout: number | undefined;
  maxRetries: number;
  logLevel: LogLevel;
  logger: Logger | undefined;
  validate: boolean;
  hooks: Hooks;
  /** Log the browser API-key warning when the client is built (see browser-api-key.ts). */
  browserApiKeyWarning?: boolean;
}

export const DEFAULT_BASE_URL = "http://localhost:7860";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

const KNOWN_OPTIONS = [
  "baseUrl",
  "apiKey",
  "token",
  "langflowId",
  "fetch",
  "headers",
  "timeout",
  "idleTimeout",
  "maxRetries",
  "logLevel",
  "logger",
  "validate",
  "onRequest",
  "onResponse",
  "onError",
  "dangerouslyAllowBrowser",
] as const satisfies readonly (keyof ClientOptions)[];

/** Names people reach for from other SDKs or from Langflow's own docs (by folded name: lower case, no "-" or "_"). */
const ALIASES: Record<string, (typeof KNOWN_OPTIONS)[number]> = {
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

function resolveBaseUrl(raw: unknown, langflowId: string | undefined): string {
  if (typeof raw !== "string" || raw.trim() === "") {
    fail("baseUrl", 'expected the Langflow server URL as a string, e.g. "http://localhost:7860".');
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    fail("baseUrl", `"${redactUrl(raw)}" is not an absolute URL; write it like "http://localhost:7860".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail("baseUrl", `"${redactUrl(raw)}" must start with http:// or https://.`);
  }
  if (url.search || url.hash) {
    fail(
      "baseUrl",
      `"${redactUrl(raw)}" must not carry a query or fragment; pass credentials as apiKey or token.`,
    );
  }
  if (url.username || url.password) {
    fail("baseUrl", "must not contain credentials; pass them as apiKey or token.");
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (/\/api(\/v\d+)?$/.test(path)) {
    const root = `${url.origin}${path.replace(/\/api(\/v\d+)?$/, "")}`;
    fail(
      "baseUrl",
      `"${raw}" ends in an API path; give the server root instead ("${root}"). The SDK adds /api/v1 and /api/v2 itself.`,
    );
  }
  const prefix = langflowId ? `/lf/${segment(langflowId, "the option langflowId")}` : "";
  return `${url.origin}${path}${prefix}`;
}

function optionalString(options: Record<string, unknown>, name: string): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") fail(name, "expected a non-empty string.");
  return value.trim();
}

function optionalNumber(
  options: Record<string, unknown>,
  name: string,
  integer: boolean,
): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  ) {
    fail(name, `expected a ${integer ? "whole " : ""}number >= 0, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function resolveOptions(input: ClientOptions = {}): ResolvedOptions {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new LangflowConfigError(
      "options",
      "LangflowClient options must be an object, e.g. { baseUrl, apiKey }.",
    );
  }
  const options = input as Record<string, unknown>;
  checkKeys("option", options, KNOWN_OPTIONS, { aliases: ALIASES });

  const langflowId = optionalString(options, "langflowId");
  const baseUrl = resolveBaseUrl(
    options.baseUrl ?? readEnv("LANGFLOW_SERVER_URL") ?? readEnv("LANGFLOW_URL") ?? DEFAULT_BASE_URL,
    langflowId,
  );

  // An explicit empty string would silently disable auth, so it is rejected rather than treated as absent.
  const apiKey = "apiKey" in options ? optionalString(options, "apiKey") : readEnv("LANGFLOW_API_KEY");

  const token = options.token;
  if (
    token !== undefined &&
    typeof token !== "function" &&
    (typeof token !== "string" || token.trim() === "")
  ) {
    fail("token", "expected a non-empty string or a function returning one.");
  }

  const fetchOption = options.fetch;
  if (fetchOption !== undefined && typeof fetchOption !== "function") fail("fetch", "expected a function.");

  const headers = options.headers;
  if (headers !== undefined) {
    if (typeof headers !== "object" || headers === null || Array.isArray(headers)) {
      fail("headers", "expected an object of header names to string values.");
    }
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== "string") fail("headers", `header "${name}" must be a string.`);
    }
  }

  const logLevel = (options.logLevel ?? readEnv("LANGFLOW_LOG") ?? "off") as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) fail("logLevel", `expected one of ${LOG_LEVELS.join(", ")}.`);

  const logger = options.logger as Logger | undefined;
  if (
    logger !== undefined &&
    (typeof logger !== "object" || logger === null || typeof logger.warn !== "function")
  ) {
    fail("logger", "expected an object with error, warn, info and debug methods (console works).");
  }
  if (options.validate !== undefined && typeof options.validate !== "boolean")
    fail("validate", "expected a boolean.");
  const allowBrowser = options.dangerouslyAllowBrowser;
  if (allowBrowser !== undefined && typeof allowBrowser !== "boolean")
    fail("dangerouslyAllowBrowser", "expected a boolean.");
  // The warning shows unless the caller chose a level below "warn": the default level "off" must not hide it.
  const warnLevel = (options.logLevel as LogLevel | undefined) ?? "warn";
  const browserApiKeyWarning =
    apiKey !== undefined &&
    allowBrowser !== true &&
    (warnLevel === "warn" || warnLevel === "info" || warnLevel === "debug") &&
    isBrowserPage();

  return {
    baseUrl,
    apiKey,
    token: token as TokenProvider | undefined,
    langflowId,
    fetch: fetchOption as FetchLike | undefined,
    headers: { ...(headers as Record<string, string> | undefined) },
    timeout: optionalNumber(options, "timeout", false) ?? DEFAULT_TIMEOUT_MS,
    idleTimeout: optionalNumber(options, "idleTimeout", false),
    maxRetries: optionalNumber(options, "maxRetries", true) ?? DEFAULT_MAX_RETRIES,
    logLevel,
    logger,
    validate: options.validate === true,
    hooks: {
      onRequest: options.onRequest as Hooks["onRequest"],
      onResponse: options.onResponse as Hooks["onResponse"],
      onError: options.onError as Hooks["onError"],
    },
    browserApiKeyWarning,
  };
}

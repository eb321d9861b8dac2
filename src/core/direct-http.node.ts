// What `#langflow-direct-http` is on Node (package.json "imports", condition "node"): a JSON call sent with
// node:http instead of fetch. On Node 20 the fetch of a call that can be cancelled (the SDK's timeout and the caller's
// signal need an AbortSignal on it) costs 5-6% more than the same call without one (undici makes the request follow
// the signal with a WeakRef, a FinalizationRegistry and listener bookkeeping), and with the SDK's own work a GET cost
// 1.16-1.18x a hand-written fetch, against a target of 1.10x (issue 16). node:http cancels with `req.destroy()` and
// answers a GET on loopback in ~0.82x the time of fetch (scripts/bench/transport.bench.ts has the figures).
//
// Only where the answer is the same as fetch's: plain `http:` URLs (no TLS settings to keep in step with undici's),
// a body that is a string or none, Node's own fetch in place (a test double or msw's interception of fetch, which
// the user means the SDK to go through, is not bypassed), and undici's global dispatcher unset or an Agent (a
// ProxyAgent or MockAgent set with setGlobalDispatcher is honoured by sending through fetch; Node's own Agent and one
// of the user's cannot be told apart, and a client's `fetch` option keeps every call on fetch). Everything else goes
// through fetch.
// The answer is read here in full, counted after decompression against the call's cap, and an OK one is handed back
// as text: its Response is built only if one is asked for (`withResponse()`, a resource reading a header). No import
// of the SDK's classes: the CJS build loads this file apart from the index, and an error class from here would be
// another class (the transport passes the size error in).
import { Agent, type IncomingMessage, request } from "node:http";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { type DirectAnswer, directResponse } from "./direct-response";

/** An OK answer read in full by node:http; its Response is built only if asked for. */
export interface DirectRead {
  /** Always true: only an OK answer comes back unbuilt (the transport's branches read `ok` as for a Response). */
  ok: true;
  status: number;
  url: string;
  /** Reads the headers as Node parsed them; the Headers of `response()` are built from them when asked for. */
  headers: { get(name: string): string | null };
  text: string;
  /** The Response fetch would have given (the body readable once more). Built on the first call. */
  response(): Response;
  /** What `withResponse()` resolves to: the data, and the Response, built when read. */
  withData<T>(data: T): { data: T; response: Response };
}

/** What a call hands over: fetch's init as the transport builds it (lower-case headers, already checked). */
export interface DirectInit {
  method: string;
  headers: Record<string, string>;
  body?: unknown;
  signal: AbortSignal;
}

/** The SDK's ResponseTooLargeError, handed in by the transport (this file imports no class of the SDK). */
export type TooLargeError = new (method: string, url: string, max: number) => Error;

export interface DirectHttp {
  /** Whether a call to `url` with `body` goes this way (the reasons are at the top of this file). */
  accepts(url: string, body: unknown): boolean;
  /**
   * Sends, and reads the answer up to `maxBytes` after decompression (over it: rejects with a TooLarge). An OK
   * answer comes back as a DirectRead, any other (an error, a redirect) as a Response. Rejects as fetch does: a
   * TypeError "fetch failed" with the socket's error as its cause, or the signal's reason.
   */
  send(
    url: string,
    init: DirectInit,
    maxBytes: number,
    TooLarge: TooLargeError,
  ): Promise<Response | DirectRead>;
}

/**
 * Connections kept alive between calls, as fetch keeps them, but dropped after 1 s idle: `langflow run` closes an
 * idle connection after 2 s (gunicorn's keepalive; docs/server-quirks.md), and a call written just as the server
 * closes its connection fails with "socket hang up", which the SDK cannot retry for a POST. Node's global agent keeps
 * them 5 s, undici 4 s. A call in flight is not bound by it (the agent's timeout ends only idle connections).
 */
const agent = new Agent({ keepAlive: true, timeout: 1_000 });

const DISPATCHER = Symbol.for("undici.globalDispatcher.1");
// Node 24's env proxy support makes fetch use HTTP_PROXY; fetch then stays the way.
const envProxy = !!process.env.NODE_USE_ENV_PROXY || process.execArgv.includes("--use-env-proxy");

let seenFetch: unknown;
let nodeFetch = false;
/** Whether globalThis.fetch is Node's own (its source loads undici lazily), checked once per function seen. */
function isNodeFetch(): boolean {
  if (globalThis.fetch !== seenFetch) {
    seenFetch = globalThis.fetch;
    nodeFetch = typeof seenFetch === "function" && String(seenFetch).includes("internal/deps/undici");
  }
  return nodeFetch;
}

function accepts(url: string, body: unknown): boolean {
  if (!url.startsWith("http://") || (body !== undefined && typeof body !== "string") || envProxy)
    return false;
  if (!target(url)) return false;
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[
    DISPATCHER
  ];
  return isNodeFetch() && (dispatcher === undefined || dispatcher.constructor?.name === "Agent");
}

interface Target {
  hostname: string;
  port: string;
  path: string;
}

let lastOrigin = "";
let lastHost: Omit<Target, "path"> | undefined;
/**
 * Where node:http sends a call to `url`, or undefined for a URL with a user and password (fetch refuses those).
 * Parsing a URL costs ~5% of a call, so the origin parsed last is kept: a client calls one server.
 */
function target(url: string): Target | undefined {
  const slash = url.indexOf("/", 7);
  const origin = slash < 0 ? url : url.slice(0, slash);
  if (origin !== lastOrigin) {
    const { hostname, port, username, password } = new URL(origin);
    lastHost =
      username || password ? undefined : { hostname: hostname.replace(/^\[|\]$/g, ""), port: port || "80" };
    lastOrigin = origin;
  }
  return lastHost && { ...lastHost, path: slash < 0 ? "/" : url.slice(slash) };
}

/** The decoder for a Content-Encoding fetch would decode, if any. */
function decoder(encoding: string | undefined) {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

interface Answer extends DirectAnswer {
  /** Lower-case names. */
  headers: IncomingMessage["headers"];
}

/** The answer, read in full and decoded; rejects as fetch does. */
function read(url: string, init: DirectInit, maxBytes: number, TooLarge: TooLargeError): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { signal } = init;
    const body = init.body as string | undefined;
    const headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...init.headers };
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    let settled = false;
    let decode: ReturnType<typeof decoder>;
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: unknown, raw = false) => {
      if (settled) return;
      settled = true;
      // Let go of what arrived now: the destroyed socket and its listeners live on until its close event, and an
      // endless body's 32 MiB would count in the next call's memory.
      chunks.length = 0;
      signal.removeEventListener("abort", onAbort);
      req.destroy();
      decode?.destroy();
      reject(raw ? error : new TypeError("fetch failed", { cause: error }));
    };
    const onAbort = () => fail(signal.reason, true);
    const req = request({ ...target(url), method: init.method, headers, agent }, (res) => {
      decode = decoder(res.headers["content-encoding"]);
      const source = decode ? res.pipe(decode) : res;
      if (decode) res.on("error", (error) => fail(error));
      source.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > maxBytes) fail(new TooLarge(init.method, url, maxBytes), true);
        else if (!settled) chunks.push(chunk);
      });
      source.on("error", (error) => fail(error));
      // The socket closed before the end of the body: fetch's "terminated".
      res.on("close", () => res.complete || fail(new Error("terminated")));
      source.on("end", () => {
        if (settled) return;
        settled = true;
        signal.removeEventListener("abort", onAbort);
        const text = (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString();
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          rawHeaders: res.rawHeaders,
          headers: res.headers,
          // As fetch's text(): UTF-8, without a byte order mark.
          text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
        });
      });
    });
    req.on("error", (error) => fail(error));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    req.end(body);
  });
}

async function send(
  url: string,
  init: DirectInit,
  maxBytes: number,
  TooLarge: TooLargeError,
): Promise<Response | DirectRead> {
  const answer = await read(url, init, maxBytes, TooLarge);
  const { headers } = answer;
  let built: Response | undefined;
  const response = () => (built ??= directResponse(answer, url));
  if (answer.status < 200 || answer.status > 299) return response();
  return {
    ok: true,
    status: answer.status,
    url,
    headers: {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    text: answer.text,
    response,
    withData: (data) => ({
      data,
      get response() {
        return response();
      },
    }),
  };
}

export const directHttp: DirectHttp | undefined = { accepts, send };

// A node:http request listener over msw's public getResponse(): the standalone mock's HTTP transport. In order:
// the Host and Origin checks (access.ts), the body counted against the upload limit (request-body.ts), the API
// handlers, and Langflow's web page for any path outside the API (web-page.ts). Streams responses chunk by chunk and
// cancels the body when the client goes away.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getResponse, type RequestHandler } from "msw";
import { HttpError } from "../http/errors";
import { contentSizeDetail } from "../http/upload";
import type { AccessCheck } from "./access";
import { DEFAULT_SPOOL_THRESHOLD, readRequestBody } from "./request-body";
import { webPage } from "./web-page";

const CORS_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

export interface RequestListenerOptions {
  handlers: RequestHandler[];
  /** e.g. "http://127.0.0.1:7860": request paths are resolved against it. */
  baseUrl: () => string;
  access: AccessCheck;
  /** LANGFLOW_MAX_FILE_SIZE_UPLOAD: the largest request body, MB. */
  maxBodyMb: number;
  /** Bodies above this many bytes are spooled to a temporary file while they arrive. */
  spoolThreshold?: number;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  return headers;
}

/**
 * Escapes the `%` of path segments that are not valid percent-encoding (msw would throw "URI malformed"); the
 * server keeps such segments literally (`/api/v1/run/%ZZ` → "Flow identifier %ZZ not found").
 */
function safePath(url: string): string {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const fixed = path
    .split("/")
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replaceAll("%", "%25");
      }
    })
    .join("/");
  return q < 0 ? fixed : fixed + url.slice(q);
}

/** Writes a WHATWG Response to a node ServerResponse, chunk by chunk. */
async function send(res: ServerResponse, response: Response, extra: Record<string, string>): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  const onClose = () => void reader.cancel().catch(() => {});
  res.on("close", onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.writableEnded && !res.destroyed) res.write(value);
    }
  } catch {
    // the client went away or the producer failed; nothing more to send
  } finally {
    res.off("close", onClose);
    if (!res.writableEnded) res.end();
  }
}

/**
 * 413 as the middleware answers it, with `Connection: close`: node closes the socket once the answer is written, and
 * the rest of the body is never read (clients that read while they send, as fetch, browsers and curl do, get the
 * answer; the upload stops there).
 */
function refuseTooLarge(
  res: ServerResponse,
  cors: Record<string, string>,
  maxBodyMb: number,
  received: number,
): void {
  res.writeHead(413, { ...cors, "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ detail: contentSizeDetail(maxBodyMb, received) }));
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { "access-control-allow-origin": origin, vary: "Origin" } : {};
}

export function createRequestListener(options: RequestListenerOptions) {
  const { handlers, baseUrl, access, maxBodyMb, spoolThreshold = DEFAULT_SPOOL_THRESHOLD } = options;
  const maxBodyBytes = maxBodyMb * 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let cors: Record<string, string> = {};
    try {
      const origin = req.headers.origin;
      access.checkHost(req.headers.host);
      access.checkOrigin(origin, req.headers.host);
      cors = corsHeaders(origin);
      const method = req.method ?? "GET";
      if (method === "OPTIONS" && req.headers["access-control-request-method"]) {
        res.writeHead(200, {
          ...cors,
          "access-control-allow-methods": CORS_METHODS,
          "access-control-allow-headers": String(req.headers["access-control-request-headers"] ?? "*"),
          "access-control-max-age": "600",
          "content-type": "text/plain; charset=utf-8",
        });
        return void res.end("OK");
      }
      let body: Uint8Array | undefined;
      if (method !== "GET" && method !== "HEAD") {
        const read = await readRequestBody(req, maxBodyBytes, spoolThreshold);
        if (!read.ok) return refuseTooLarge(res, cors, maxBodyMb, read.received);
        body = read.body;
      }
      const path = safePath(req.url ?? "/");
      const request = new Request(baseUrl() + (path.startsWith("/") ? path : `/${path}`), {
        method,
        headers: toHeaders(req),
        body: body as Uint8Array<ArrayBuffer> | undefined, // a Buffer: no copy (Request copies it once)
      });
      await send(res, (await getResponse(handlers, request)) ?? webPage(method), cors);
    } catch (error) {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpError) return send(res, error.toResponse(), cors);
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: `Internal Server Error: ${(error as Error)?.message ?? error}` }));
    }
  };
}

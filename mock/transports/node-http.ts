// A node:http request listener over msw's public getResponse(): the standalone mock's HTTP transport.
// Streams responses chunk by chunk, answers CORS preflights, and cancels the body when the client goes away.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getResponse, type RequestHandler } from "msw";

const NOT_FOUND = JSON.stringify({ detail: "Not Found" });
const CORS_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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

function corsHeaders(req: IncomingMessage): Record<string, string> {
  if (!req.headers.origin) return {};
  return { "access-control-allow-origin": "*", vary: "Origin" };
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

export function createRequestListener(handlers: RequestHandler[], baseUrl: () => string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const cors = corsHeaders(req);
      if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
        res.writeHead(200, {
          ...cors,
          "access-control-allow-methods": CORS_METHODS,
          "access-control-allow-headers": String(req.headers["access-control-request-headers"] ?? "*"),
          "access-control-max-age": "600",
          "content-type": "text/plain; charset=utf-8",
        });
        return void res.end("OK");
      }
      const method = req.method ?? "GET";
      const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
      const request = new Request(new URL(safePath(req.url ?? "/"), baseUrl()), {
        method,
        headers: toHeaders(req),
        body: body && body.length > 0 ? new Uint8Array(body) : undefined,
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { ...cors, "content-type": "application/json" });
        return void res.end(NOT_FOUND);
      }
      await send(res, response, cors);
    } catch (error) {
      if (res.headersSent) return void res.end();
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: `Internal Server Error: ${(error as Error)?.message ?? error}` }));
    }
  };
}

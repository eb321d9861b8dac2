import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  InternalServerError,
  LangflowClient,
  NotFoundError,
} from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.useRealTimers();
});

const client = (url: string, extra: Record<string, unknown> = {}) =>
  new LangflowClient({ baseUrl: url, apiKey: "sk-test-secret", ...extra });

describe("retries against a counting server", () => {
  it("a flow run that gets a 502 is sent once, by default", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(502).end("bad gateway");
    });
    const lf = client(server.url);
    await expect(
      lf.transport.json({ method: "POST", path: "/api/v1/run/f", body: { input_value: "hi" } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("a flow run is retried when the caller opts in", async () => {
    server = await loopback((_req, res, n) => {
      if (n < 3) res.writeHead(502).end();
      else res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
    const lf = client(server.url);
    const data = await lf.transport.json(
      { method: "POST", path: "/api/v1/run/f", body: {} },
      { retryNonIdempotent: true, maxRetries: 2 },
    );
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });

  it("a GET is retried on 503 with Retry-After and succeeds", async () => {
    server = await loopback((_req, res, n) => {
      if (n === 1) res.writeHead(503, { "retry-after-ms": "5" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end('{"version":"1.13.0"}');
    });
    const { data, response } = await client(server.url)
      .transport.json({ method: "GET", path: "/api/v1/version" })
      .withResponse();
    expect(data).toEqual({ version: "1.13.0" });
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("a POST is retried on 429 with Retry-After (the server said: not processed)", async () => {
    server = await loopback((_req, res, n) => {
      if (n === 1) res.writeHead(429, { "retry-after-ms": "1" }).end('{"detail":"slow down"}');
      else res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    await client(server.url).transport.json({ method: "POST", path: "/api/v2/workflows", body: {} });
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after maxRetries and reports the attempts", async () => {
    server = await loopback((_req, res) => {
      res
        .writeHead(503, { "retry-after-ms": "1", "content-type": "application/json" })
        .end('{"detail":"busy"}');
    });
    const error = await client(server.url, { maxRetries: 2 })
      .transport.json({ method: "GET", path: "/x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as APIError).attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a refused connection, then reports it clearly", async () => {
    server = await loopback(() => undefined);
    const url = server.url;
    await server.close();
    server = undefined;
    const onError = vi.fn();
    const error = await client(url, { maxRetries: 1, onError })
      .transport.json({ method: "POST", path: "/api/v1/run/f", body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      /Could not reach Langflow at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/run\/f.*baseUrl/,
    );
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls.map((c) => c[0].willRetry)).toEqual([true, false]);
  });
});

describe("hooks and logging", () => {
  it("onRequest, onResponse and onError see every attempt", async () => {
    server = await loopback((_req, res, n) => {
      if (n === 1) res.writeHead(503, { "retry-after-ms": "1" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    const seen: string[] = [];
    const lf = client(server.url, {
      onRequest: ({ attempt }: { attempt: number }) => void seen.push(`request ${attempt}`),
      onResponse: ({ attempt, response }: { attempt: number; response: Response }) =>
        void seen.push(`response ${attempt} ${response.status}`),
      onError: ({ attempt }: { attempt: number }) => void seen.push(`error ${attempt}`),
    });
    await lf.transport.json({ method: "GET", path: "/x" });
    expect(seen).toEqual(["request 1", "response 1 503", "error 1", "request 2", "response 2 200"]);
  });

  it("logs nothing by default, and redacts at debug level", async () => {
    server = await loopback((_req, res) =>
      res.writeHead(404, { "content-type": "application/json" }).end('{"detail":"Flow not found"}'),
    );
    const spy = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const quiet = client(`${server.url}`);
    await expect(
      quiet.transport.json({
        method: "GET",
        path: "/api/v1/flows/x",
        query: { "x-api-key": "sk-test-secret" },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(spy).not.toHaveBeenCalled();
    const lines: string[] = [];
    const logger = {
      error: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      debug: (m: string) => lines.push(m),
    };
    const loud = client(server.url, { logLevel: "debug", logger });
    await loud.transport
      .json({ method: "GET", path: "/api/v1/flows/x", query: { "x-api-key": "sk-test-secret" } })
      .catch(() => undefined);
    expect(lines.join("\n")).toContain("/api/v1/flows/x?x-api-key=***");
    expect(lines.join("\n")).not.toContain("sk-test-secret");
  });
});

describe("answers that are not JSON", () => {
  it("a 200 HTML page (wrong baseUrl) says so, with the URL", async () => {
    server = await loopback((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><html></html>"),
    );
    const error = await client(server.url)
      .transport.json({ method: "GET", path: "/api/v1/version" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/\/api\/v1\/version answered an HTML page \(HTTP 200\)/);
  });

  it("a 502 HTML page from a proxy is an InternalServerError that says HTML", async () => {
    server = await loopback((_req, res) =>
      res.writeHead(502, { "content-type": "text/html" }).end("<html><body>Bad Gateway</body></html>"),
    );
    const error = await client(server.url)
      .transport.json({ method: "GET", path: "/x" }, { maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain("answered an HTML page (HTTP 502)");
  });
});

describe("timeouts and abort", () => {
  // fetch (undici) opens a spare connection besides the one carrying the request; Node 24 closes both on abort,
  // Node 20/22 keep the idle spare. "At least one closed" is the freed request socket on each of them.
  it("rejects within timeout + 100 ms when the server stalls after the headers, and frees the socket", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const started = performance.now();
    const error = await client(server.url)
      .transport.json({ method: "GET", path: "/slow" }, { timeout: 300, maxRetries: 0 })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(elapsed).toBeLessThan(400);
    await vi.waitFor(() => expect(server?.closedSockets()).toBeGreaterThanOrEqual(1));
  });

  it("rejects within timeout + 100 ms when the server sends headers and then nothing", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.flushHeaders();
    });
    const started = performance.now();
    const error = await client(server.url)
      .transport.json({ method: "GET", path: "/stall" }, { timeout: 250, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(performance.now() - started).toBeLessThan(350);
    await vi.waitFor(() => expect(server?.closedSockets()).toBeGreaterThanOrEqual(1));
  });

  it("idleTimeout ends a stream that goes silent mid-way", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"event":"token","data":{"chunk":"a"}}\n\n');
    });
    const lf = client(server.url);
    const response = await lf.transport.request(
      { method: "POST", path: "/s", body: {} },
      { idleTimeout: 200, timeout: 10_000 },
    );
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    const started = performance.now();
    await expect(reader?.read()).rejects.toBeInstanceOf(APITimeoutError);
    expect(performance.now() - started).toBeLessThan(300);
    await vi.waitFor(() => expect(server?.closedSockets()).toBeGreaterThanOrEqual(1));
  });

  it("the caller's signal aborts with APIUserAbortError", async () => {
    server = await loopback(() => undefined);
    const controller = new AbortController();
    const pending = client(server.url).transport.json(
      { method: "GET", path: "/never" },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("10,000 calls sharing one long-lived signal leave no listener on it", async () => {
    const signal = new AbortController().signal;
    const fetch = async () =>
      new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
    const lf = new LangflowClient({ baseUrl: "http://lf", fetch });
    for (let i = 0; i < 10_000; i++) await lf.transport.json({ method: "GET", path: "/x" }, { signal });
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });
});

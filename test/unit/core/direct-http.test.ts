// Issue 16 item 8: on Node, a JSON call goes by node:http (src/core/direct-http.node.ts), not fetch, when nothing
// the user set up needs fetch. These tests check which way a call went (undici's fetch sends `sec-fetch-mode`,
// node:http does not), that a user's fetch double, hook, configured fetch or undici dispatcher keeps the call on
// fetch, and that both ways give the same data, Response and errors, through LangflowClient as a user calls it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  LangflowClient,
  NotFoundError,
  RedirectError,
  ResponseTooLargeError,
} from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

const VERSION = { version: "1.13.0", main_version: "1.13.0", package: "Langflow" };

let server: Loopback | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { "content-type": "application/json", "x-served-by": "loopback" });
  res.end(JSON.stringify(body));
};
const viaFetch = (req: { headers: IncomingMessage["headers"] }) =>
  req.headers["sec-fetch-mode"] !== undefined;

async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  return Promise.resolve(promise).then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: Error) => e,
  );
}

describe("which way a JSON call goes on Node", () => {
  it("by node:http by default, with the headers and answer fetch would give", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "sk-direct", headers: { "x-team": "a" } });
    const { data, response } = await lf.version().withResponse();
    expect(data).toEqual(VERSION);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-served-by")).toBe("loopback");
    expect(response.url).toBe(`${server.url}/api/v1/version`);
    const [sent] = server.requests;
    expect(sent && viaFetch(sent)).toBe(false);
    expect(sent?.headers).toMatchObject({
      "x-api-key": "sk-direct",
      "x-team": "a",
      accept: "application/json",
      "accept-encoding": "gzip, deflate, br",
    });
  });

  it("sends a JSON body with its Content-Length, not chunked", async () => {
    let received = "";
    server = await loopback((req, res) => {
      req.removeAllListeners("data");
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => {
        received += chunk;
      });
      req.on("end", () => json(res, { id: "p1", name: "Ünïcode", description: "", parent_id: null }, 201));
    });
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "sk-direct" });
    const project = await lf.projects.create({ name: "Ünïcode" });
    expect(project.name).toBe("Ünïcode");
    const [sent] = server.requests;
    expect(sent && viaFetch(sent)).toBe(false);
    expect(sent?.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(sent?.headers["content-length"])).toBe(Buffer.byteLength(received));
    expect(JSON.parse(received)).toMatchObject({ name: "Ünïcode" });
  });

  it("decodes a gzip answer, as fetch does", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(gzipSync(JSON.stringify(VERSION)));
    });
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "sk-direct" });
    expect(await lf.version()).toEqual(VERSION);
  });

  it("through the user's fetch when globalThis.fetch is replaced (a test double, msw)", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const original = globalThis.fetch;
    const double = vi.fn((input: RequestInfo | URL, init?: RequestInit) => original(input, init));
    vi.stubGlobal("fetch", double);
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "sk-direct" });
    expect(await lf.version()).toEqual(VERSION);
    expect(double).toHaveBeenCalledTimes(1);
    expect(server.requests.every(viaFetch)).toBe(true);
  });

  it("through fetch with a hook or a configured fetch", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const onRequest = vi.fn();
    await new LangflowClient({ baseUrl: server.url, apiKey: "k", onRequest }).version();
    await new LangflowClient({
      baseUrl: server.url,
      apiKey: "k",
      fetch: (r) => globalThis.fetch(r),
    }).version();
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(server.requests.map(viaFetch)).toEqual([true, true]);
  });

  it("through fetch when undici's global dispatcher is the user's (a ProxyAgent, a MockAgent)", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const key = Symbol.for("undici.globalDispatcher.1");
    const slot = globalThis as unknown as Record<symbol, unknown>;
    await (await fetch(`${server.url}/warm-up`)).text(); // Node installs its own Agent on the first fetch
    const nodeAgent = slot[key] as { dispatch: (...args: unknown[]) => unknown };
    const dispatched: string[] = [];
    class CountingProxyAgent {
      dispatch(options: { path: string }, handler: unknown) {
        dispatched.push(options.path);
        return nodeAgent.dispatch(options, handler);
      }
    }
    slot[key] = new CountingProxyAgent();
    try {
      expect(await new LangflowClient({ baseUrl: server.url, apiKey: "k" }).version()).toEqual(VERSION);
    } finally {
      slot[key] = nodeAgent;
    }
    expect(dispatched).toEqual(["/api/v1/version"]);
  });
});

// The same failures by both ways: node:http (no options) and fetch (a configured fetch).
describe.each([
  ["node:http", {}],
  ["fetch", { fetch: (request: Request) => globalThis.fetch(request) }],
])("the same answers and errors by %s", (way, extra) => {
  const client = (url: string, more: Record<string, unknown> = {}) =>
    new LangflowClient({ baseUrl: url, apiKey: "sk-secret-key", maxRetries: 0, ...extra, ...more });
  const wentBy = () => (server?.requests.every(viaFetch) ? "fetch" : "node:http");

  it("a JSON answer in UTF-8 with a byte order mark is read as fetch's text() reads it", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...VERSION, é: "ü" }))]),
      );
    });
    expect(await client(server.url).version()).toEqual({ ...VERSION, é: "ü" });
    expect(wentBy()).toBe(way);
  });

  it("a 404 is a NotFoundError with the server's detail", async () => {
    server = await loopback((_req, res) => json(res, { detail: "Flow not found" }, 404));
    const error = await rejection(client(server.url).flows.get("0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("Flow not found");
    expect((error as NotFoundError).status).toBe(404);
    expect(wentBy()).toBe(way);
  });

  it("an HTML page where JSON was expected is an APIError that says so", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html><html><body>Login</body></html>");
    });
    const error = await rejection(client(server.url).version());
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toMatch(/HTML/);
    expect(wentBy()).toBe(way);
  });

  it("a body over maxResponseBytes is a ResponseTooLargeError", async () => {
    server = await loopback((_req, res) => json(res, { big: "x".repeat(4096) }));
    const error = await rejection(client(server.url, { maxResponseBytes: 1024 }).version());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toContain("maxResponseBytes");
  });

  it("a server that never answers is an APITimeoutError naming the option, and its socket is closed", async () => {
    server = await loopback(() => undefined);
    const error = await rejection(client(server.url, { timeout: 150 }).version());
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/timeout \(150 ms\)/);
    // The call's connection is closed. (Node 22 and 24's fetch may open a second, idle one while the first waits.)
    await vi.waitFor(() => expect(server?.closedSockets()).toBeGreaterThan(0));
    if (way === "node:http") expect(server.connections()).toBe(1);
  });

  it("the caller's abort is an APIUserAbortError", async () => {
    server = await loopback(() => undefined);
    const controller = new AbortController();
    const call = client(server.url).version({ signal: controller.signal });
    await vi.waitFor(() => expect(server?.requests.length).toBe(1));
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(APIUserAbortError);
  });

  it("a socket closed in the middle of the body is an APIConnectionError without the key", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"version":');
      setTimeout(() => res.destroy(), 20);
    });
    const error = await rejection(client(server.url).version());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).not.toContain("sk-secret-key");
  });

  it("a closed port is an APIConnectionError that asks whether the server runs", async () => {
    server = await loopback(() => undefined);
    const url = server.url;
    await server.close();
    server = undefined;
    const error = await rejection(client(url).version());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/Could not reach Langflow at .*ECONNREFUSED.*Is the server running/);
  });

  it("a redirect to another origin is a RedirectError, and the key is not sent there", async () => {
    const elsewhere = await loopback((_req, res) => json(res, VERSION));
    server = await loopback((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/api/v1/version` });
      res.end();
    });
    try {
      expect(await rejection(client(server.url).version())).toBeInstanceOf(RedirectError);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("node:http's connections", () => {
  it("a call whose answer takes longer than the 1 s keep-alive of idle connections is not cut", async () => {
    server = await loopback((_req, res) => {
      setTimeout(() => json(res, VERSION), 1_500);
    });
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k", maxRetries: 0 });
    expect(await lf.version()).toEqual(VERSION);
    expect(server.requests.map(viaFetch)).toEqual([false]);
  });

  it("an idle connection is closed after 1 s, before Langflow's server (2 s) closes it", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k" });
    await lf.version();
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(server.closedSockets()).toBe(1);
    await lf.version();
    expect(server.connections()).toBe(2);
  });

  it("calls one after another reuse one connection", async () => {
    server = await loopback((_req, res) => json(res, VERSION));
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k" });
    for (let i = 0; i < 5; i++) await lf.version();
    expect(server.requests.length).toBe(5);
    expect(server.closedSockets()).toBe(0);
    expect(server.connections()).toBe(1);
  });
});

// Issue 16, item 8: a call is sent as fetch(url, init) when nothing reads a Request (no hook, no configured fetch),
// and as a Request when something does. Both ways keep every guarantee against a hostile loopback server: no
// redirect to another origin, the body cap, one value per header, the key only where it belongs, retries.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LangflowClient, RedirectError, ResponseTooLargeError } from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

const KEY = "sk-paths-secret";
const servers: Loopback[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof loopback>): Promise<Loopback> {
  const s = await loopback(...args);
  servers.push(s);
  return s;
}

/** Records the request body, answers the first attempt 503 (retry at once) and the next one `status` + `json`. */
function retryOnce(
  req: IncomingMessage,
  res: ServerResponse,
  n: number,
  bodies: string[],
  status: number,
  json: string,
): void {
  let body = "";
  req.on("data", (chunk: Buffer) => {
    body += chunk;
  });
  req.on("end", () => {
    bodies.push(body);
    if (n === 1) res.writeHead(503, { "retry-after-ms": "1" }).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(json);
  });
}

const seenByHooks: string[] = [];
const WAYS = [
  ["without hooks: fetch(url, init)", {}],
  [
    "with hooks: a Request per attempt",
    {
      onRequest: ({ request }: { request: Request }) => void seenByHooks.push(`request ${request.url}`),
      onResponse: ({ response }: { response: Response }) =>
        void seenByHooks.push(`response ${response.status}`),
      onError: () => void seenByHooks.push("error"),
    },
  ],
] as const;

describe.each(WAYS)("%s", (_way, hooks) => {
  const client = (baseUrl: string, extra: Record<string, unknown> = {}) =>
    new LangflowClient({ baseUrl, apiKey: KEY, ...hooks, ...extra });

  it("a redirect to another origin is refused: nothing, and no key, reaches it", async () => {
    const elsewhere = await server((_req, res) => res.writeHead(200).end('{"version":"9"}'));
    const a = await server((req, res) =>
      res.writeHead(307, { location: `${elsewhere.url}${req.url}` }).end(),
    );
    const error = await client(a.url)
      .version()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(String((error as Error).message)).toContain(`set baseUrl to "${elsewhere.url}"`);
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(elsewhere.requests).toHaveLength(0);
    const run = await client(a.url)
      .run("flow-1", { inputValue: "hi" })
      .catch((e: unknown) => e);
    expect(run).toBeInstanceOf(RedirectError);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("a redirect to the same origin is followed, with the key", async () => {
    const a = await server((req, res) => {
      if (req.url === "/api/v1/version") res.writeHead(302, { location: "/moved" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end('{"version":"1.13.0"}');
    });
    await expect(client(a.url).version()).resolves.toEqual({ version: "1.13.0" });
    expect(a.requests.map((r) => [r.url, r.headers["x-api-key"]])).toEqual([
      ["/api/v1/version", KEY],
      ["/moved", KEY],
    ]);
  });

  it("a JSON body above maxResponseBytes ends at the cap (chunked, and with a Content-Length)", async () => {
    const big = `{"version":"${"x".repeat(4096)}"}`;
    const chunked = await server((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write(big.slice(0, 2000));
      res.end(big.slice(2000));
    });
    await expect(client(chunked.url, { maxResponseBytes: 1024 }).version()).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
    const declared = await server((_req, res) => {
      res
        .writeHead(200, { "content-type": "application/json", "content-length": String(big.length) })
        .end(big);
    });
    await expect(client(declared.url, { maxResponseBytes: 1024 }).version()).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
    await expect(client(declared.url).version()).resolves.toMatchObject({ version: "x".repeat(4096) });
  });

  it("headers: the client's, the call's (in another case) and the key are sent once each", async () => {
    const a = await server((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end("{}"),
    );
    const lf = client(a.url, { headers: { "X-Team": "client", "X-Other": "kept" } });
    await lf.version({ headers: { "x-team": "call" } });
    const sent = a.requests[0]?.headers;
    expect(sent?.["x-team"]).toBe("call");
    expect(sent?.["x-other"]).toBe("kept");
    expect(sent?.["x-api-key"]).toBe(KEY);
    expect(sent?.accept).toBe("application/json");
    // A key the caller sets as a header wins over apiKey, in any case.
    await lf.version({ headers: { "X-API-KEY": "sk-from-header" } });
    expect(a.requests[1]?.headers["x-api-key"]).toBe("sk-from-header");
  });

  it("a retry asks a token function again and sends the same JSON body", async () => {
    const bodies: string[] = [];
    const a = await server((req, res, n) => {
      retryOnce(req, res, n, bodies, 200, '{"id":"f1","name":"x"}');
    });
    let n = 0;
    const lf = client(a.url, { token: () => `tok-${++n}` });
    await lf.flows.create({ name: "x" });
    expect(a.requests.map((r) => r.headers.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[0] ?? "")).toMatchObject({ name: "x" });
  });

  it("lf.raw sends openapi-fetch's body again on a retry, with the client's headers", async () => {
    const bodies: string[] = [];
    const a = await server((req, res, n) => {
      retryOnce(req, res, n, bodies, 201, '{"id":"f1"}');
    });
    const lf = client(a.url, { headers: { "x-team": "client" } });
    const { data } = await lf.raw.POST("/api/v1/flows/", { body: { name: "raw" } as never });
    expect(data).toEqual({ id: "f1" });
    expect(bodies).toEqual([bodies[0], bodies[0]]);
    expect(JSON.parse(bodies[0] ?? "")).toEqual({ name: "raw" });
    expect(a.requests.map((r) => [r.headers["x-team"], r.headers["x-api-key"]])).toEqual([
      ["client", KEY],
      ["client", KEY],
    ]);
  });
});

it("without a hook or a configured fetch, fetch gets the URL and an init (redirect: manual, the call's signal)", async () => {
  const a = await server((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  const spy = vi.spyOn(globalThis, "fetch");
  await new LangflowClient({ baseUrl: a.url, apiKey: KEY }).version();
  const [input, init] = spy.mock.calls[0] ?? [];
  expect(input).toBe(`${a.url}/api/v1/version`);
  expect(init?.redirect).toBe("manual");
  expect(init?.signal).toBeInstanceOf(AbortSignal);
  expect(new Headers(init?.headers).get("x-api-key")).toBe(KEY);
});

it("hooks see a Request (with the key, redirect: manual), every attempt, and what onRequest returns is sent", async () => {
  const a = await server((_req, res, n) => {
    if (n === 1) res.writeHead(503, { "retry-after-ms": "1" }).end();
    else res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  const requests: Request[] = [];
  const lf = new LangflowClient({
    baseUrl: a.url,
    apiKey: KEY,
    onRequest: ({ request }) => {
      requests.push(request);
      const replaced = new Request(request, { redirect: "follow" });
      replaced.headers.set("x-hooked", "yes");
      return replaced;
    },
  });
  await lf.version();
  expect(requests).toHaveLength(2);
  for (const request of requests) {
    expect(request).toBeInstanceOf(Request);
    expect(request.redirect).toBe("manual");
    expect(request.headers.get("x-api-key")).toBe(KEY);
  }
  expect(a.requests.map((r) => r.headers["x-hooked"])).toEqual(["yes", "yes"]);
});

it("the hooks of the runs above saw every attempt", () => {
  expect(seenByHooks.some((s) => s.startsWith("request "))).toBe(true);
  expect(seenByHooks).toContain("response 503");
  expect(seenByHooks).toContain("error");
});

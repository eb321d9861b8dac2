// Issue 16, item 1 (review F2: C1, C2): a hostile server redirects; the API key must stay with baseUrl's origin, a
// flow run must never be sent again or turned into a GET that "succeeds", and the error must say what to fix.
import { afterEach, describe, expect, it } from "vitest";
import { LangflowClient, RedirectError, WorkflowsClient } from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

/** v2 calls take a UUID as it is (a name would be looked up first). */
const FLOW_ID = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";

const KEY = "sk-redirect-secret";
const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof loopback>): Promise<Loopback> {
  const s = await loopback(...args);
  servers.push(s);
  return s;
}

/** The other origin: records whatever reaches it and answers like a Langflow that ran the flow. */
const elsewhere = () =>
  server((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"outputs":[],"version":"9.9.9"}');
  });

/** Redirects every request to `target` + the request's path, with `status`. */
const redirecting = (status: number, target: () => string) =>
  server((req, res) => {
    res.writeHead(status, { location: `${target()}${req.url}` }).end();
  });

const client = (baseUrl: string) => new LangflowClient({ baseUrl, apiKey: KEY, token: "bearer-secret" });

async function caught(promise: Promise<unknown>): Promise<RedirectError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RedirectError);
  return error as RedirectError;
}

describe("a redirect to another origin is not followed", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`${status} of a GET and of a flow run: nothing reaches the other origin, and the error says what to set`, async () => {
      const b = await elsewhere();
      const a = await redirecting(status, () => b.url);
      const lf = client(a.url);

      const get = await caught(lf.version());
      expect(get.message).toContain(`${a.url}/api/v1/version`);
      expect(get.message).toContain(`${b.url}/api/v1/version`);
      expect(get.message).toContain(`set baseUrl to "${b.url}"`);
      expect(get.status).toBe(status);
      expect(get.location).toBe(`${b.url}/api/v1/version`);

      const run = await caught(lf.run("flow-1", { inputValue: "hi" }));
      expect(run.method).toBe("POST");
      expect(b.requests).toHaveLength(0);
      expect(a.requests).toHaveLength(2); // no retry either
      expect(JSON.stringify(run)).not.toContain(KEY);
      expect(run.message).not.toContain(KEY);
    });
  }

  it("another scheme on the same host and port is another origin (the https -> http downgrade)", async () => {
    const a = await server((req, res) => {
      const here = `http://${req.headers.host}`;
      res.writeHead(301, { location: `${here.replace("http:", "https:")}${req.url}` }).end();
    });
    const error = await caught(client(a.url).flows.list());
    expect(error.location?.startsWith("https://127.0.0.1:")).toBe(true);
    expect(error.message).toContain("another origin");
    expect(a.requests).toHaveLength(1);
  });

  it("another port on the same host is another origin", async () => {
    const b = await elsewhere();
    const a = await redirecting(302, () => b.url.replace("127.0.0.1", "localhost"));
    await caught(client(a.url).version());
    expect(b.requests).toHaveLength(0);
  });

  it("a base URL with a path prefix is suggested without the API path", async () => {
    const b = await elsewhere();
    const a = await server((req, res) => {
      res.writeHead(308, { location: `${b.url}/lf/abc${req.url}` }).end();
    });
    const error = await caught(client(a.url).version());
    expect(error.message).toContain(`set baseUrl to "${b.url}/lf/abc"`);
  });

  it("a stream's redirect is thrown from its first read, and nothing is sent to the other origin", async () => {
    const b = await elsewhere();
    const a = await redirecting(307, () => b.url);
    const stream = client(a.url).stream("flow-1", { inputValue: "hi" });
    await caught(
      (async () => {
        for await (const _ of stream) {
          // no event expected
        }
      })(),
    );
    const wf = new WorkflowsClient({ baseUrl: a.url, apiKey: KEY, apiVersion: "current" });
    await caught(wf.stream(FLOW_ID, { inputValue: "hi" }).finalText());
    expect(b.requests).toHaveLength(0);
  });
});

describe("a redirect to the same origin", () => {
  it("of a GET is followed, with the key, to the answer", async () => {
    const a = await server((req, res) => {
      if (req.url === "/api/v1/version") res.writeHead(302, { location: "/api/v1/version-moved" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end('{"version":"1.13.0"}');
    });
    await expect(client(a.url).version()).resolves.toMatchObject({ version: "1.13.0" });
    expect(a.requests.map((r) => r.url)).toEqual(["/api/v1/version", "/api/v1/version-moved"]);
    expect(a.requests[1]?.headers["x-api-key"]).toBe(KEY);
  });

  it("of a download is followed", async () => {
    const a = await server((req, res) => {
      if (req.url?.startsWith("/api/")) res.writeHead(307, { location: "/storage/f1" }).end();
      else res.writeHead(200, { "content-type": "text/plain" }).end("file body");
    });
    const file = await client(a.url).files.download("f1");
    expect(new TextDecoder().decode(file.bytes)).toBe("file body");
  });

  for (const status of [301, 302, 303, 307, 308]) {
    it(`${status} of a flow run is an error: the run is not sent again, nor turned into a GET`, async () => {
      const a = await server((req, res) => {
        if (req.method === "POST") res.writeHead(status, { location: "/api/v1/run/other" }).end();
        else res.writeHead(200, { "content-type": "application/json" }).end('{"outputs":[]}');
      });
      const error = await caught(client(a.url).run("flow-1", { inputValue: "hi" }));
      expect(error.message).toContain("does not send a POST again");
      expect(a.requests).toHaveLength(1);
    });
  }

  it("loops are bounded: an error after 5 redirects", async () => {
    const a = await server((_req, res) => {
      res.writeHead(302, { location: "/api/v1/version" }).end();
    });
    const error = await caught(client(a.url).version());
    expect(error.message).toContain("more than 5 redirects");
    expect(a.requests).toHaveLength(6);
  });

  it("a 3xx without a Location is an HTTP answer like any other", async () => {
    const a = await server((_req, res) => {
      res.writeHead(302).end();
    });
    await expect(client(a.url).version()).rejects.toMatchObject({ status: 302 });
  });
});

it("in a browser (an opaque redirect, its target hidden), the same policy: an error, nothing followed", async () => {
  let calls = 0;
  const browserFetch = async (request: Request) => {
    calls++;
    expect(request.redirect).toBe("manual");
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, "type", { value: "opaqueredirect" });
    Object.defineProperty(response, "status", { value: 0 });
    return response;
  };
  const lf = new LangflowClient({ baseUrl: "http://127.0.0.1:9", apiKey: KEY, fetch: browserFetch });
  const error = await caught(lf.version());
  expect(error.message).toContain("the browser does not show the SDK where to");
  expect(error.location).toBeUndefined();
  expect(calls).toBe(1);
});

it("every request the SDK sends says redirect: manual (JSON, download, streams, lf.raw, a hook's Request, a v2 name lookup)", async () => {
  const seen: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname} ${request.redirect}`);
    const stream = request.headers.get("accept") === "text/event-stream";
    if (new URL(request.url).pathname === "/api/v1/flows/")
      return Response.json([{ id: FLOW_ID, name: "named", endpoint_name: "named" }]);
    if (stream) return new Response("", { headers: { "content-type": "text/event-stream" } });
    return Response.json({ version: "1.13.0", outputs: [] });
  };
  const lf = new LangflowClient({ baseUrl: "http://127.0.0.1:9", apiKey: KEY, fetch });
  await lf.version();
  await lf.files.download("f1");
  await lf.stream("flow-1", { inputValue: "hi" }).finalText();
  await lf.raw.GET("/api/v1/version");
  const hooked = new LangflowClient({
    baseUrl: "http://127.0.0.1:9",
    apiKey: KEY,
    fetch,
    onRequest: ({ request }) => new Request(request, { redirect: "follow" }),
  });
  await hooked.version();
  const wf = new WorkflowsClient({
    baseUrl: "http://127.0.0.1:9",
    apiKey: KEY,
    apiVersion: "current",
    fetch,
  });
  await wf
    .stream("named", { inputValue: "hi" })
    .finalText()
    .catch(() => undefined);
  expect(seen.length).toBeGreaterThanOrEqual(7);
  expect(seen.filter((s) => !s.endsWith(" manual"))).toEqual([]);
  expect(seen.some((s) => s.startsWith("GET /api/v1/flows/"))).toBe(true);
  expect(seen.some((s) => s.startsWith("POST /api/v2/workflows"))).toBe(true);
});

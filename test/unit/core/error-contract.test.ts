// One error contract (issue 16 item 4; review C5, C9, C11, C12, C21, C25): every failure is a LangflowError,
// rejected from the promise a call returns (a caller's own bad argument is a LangflowConfigError thrown at the call,
// before anything is sent, as src/README.md says); never a raw TypeError or URIError, never a credential in a
// message, never a server key that swaps the prototype of an object the SDK builds. Through LangflowClient and
// WorkflowsClient against a hostile loopback server.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIError,
  type ClientOptions,
  LangflowClient,
  LangflowConfigError,
  LangflowError,
  StreamError,
  WorkflowsClient,
} from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

/** v2 calls take a UUID as it is (a name would be looked up first). */
const FLOW_ID = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers every request with `answer`. */
async function answering(answer: (res: ServerResponse) => void): Promise<Loopback> {
  server = await loopback((_req, res) => answer(res));
  return server;
}

const json =
  (body: string, headers: Record<string, string> = {}) =>
  (res: ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json", ...headers });
    res.end(body);
  };

/** How a call fails: "sync" (thrown at the call), or the rejection's error. */
async function failure(call: () => PromiseLike<unknown>): Promise<unknown> {
  let promise: PromiseLike<unknown>;
  try {
    promise = call();
  } catch (error) {
    return { sync: error };
  }
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("header values the caller hands in (C9)", () => {
  const SECRET = "sk-secret-0123456789";

  it("a client header or apiKey with a line break is refused at construction, without echoing it", () => {
    for (const options of <ClientOptions[]>[
      { headers: { "x-a": `v\r\nX-Evil: ${SECRET}` } },
      { apiKey: `${SECRET}\r\nX-Evil: 1` },
      { token: `${SECRET}\n` },
      { headers: { "bad name": "v" } },
    ]) {
      let error: unknown;
      try {
        new LangflowClient({ baseUrl: "http://127.0.0.1:1", ...options });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LangflowConfigError);
      expect(String((error as Error).message)).not.toContain(SECRET);
    }
  });

  it("a per-call header or a v1 global value with a line break: LangflowConfigError, nothing sent", async () => {
    const s = await answering(json('{"version":"1.13.0"}'));
    const lf = new LangflowClient({ baseUrl: s.url, apiKey: "k" });
    const perCall = await failure(() => lf.version({ headers: { "x-a": "v\r\nX-Evil: 1" } }));
    expect((perCall as { sync: unknown }).sync).toBeInstanceOf(LangflowConfigError);
    const global = await failure(() => lf.run("f", { globals: { A: "v\r\nX-Evil: 1" } }));
    expect((global as { sync: unknown }).sync).toBeInstanceOf(LangflowConfigError);
    expect(s.requests).toEqual([]);
  });

  it("a key with another control character (a pasted \\x01, DEL) is refused before sending; a tab is sent", async () => {
    const s = await answering(json('{"version":"1.13.0"}'));
    for (const apiKey of [`${SECRET}\x01`, `${SECRET}\x7f`]) {
      const error = await failure(() => new LangflowClient({ baseUrl: s.url, apiKey }).version());
      expect((error as { sync: unknown }).sync).toBeInstanceOf(LangflowConfigError);
      expect(String((error as { sync: Error }).sync.message)).not.toContain(SECRET);
    }
    const perCall = await failure(() =>
      new LangflowClient({ baseUrl: s.url }).version({ headers: { "x-a": "\x1b[0m" } }),
    );
    expect((perCall as { sync: unknown }).sync).toBeInstanceOf(LangflowConfigError);
    expect(s.requests).toEqual([]);
    await new LangflowClient({ baseUrl: s.url, headers: { "x-a": "a\tb" } }).version();
    expect(s.requests[0]?.headers["x-a"]).toBe("a\tb");
  });

  it("a token function that returns a bad value: a rejected LangflowConfigError, not a synchronous TypeError", async () => {
    const s = await answering(json('{"version":"1.13.0"}'));
    const lf = new LangflowClient({ baseUrl: s.url, token: () => `${SECRET}\r\nX-Evil: 1` });
    const error = await failure(() => lf.version());
    expect(error).toBeInstanceOf(LangflowConfigError);
    expect(String((error as Error).message)).not.toContain(SECRET);
    expect(s.requests).toEqual([]);
  });

  it("a body JSON cannot encode, or a hook that throws: a rejected LangflowError with the cause", async () => {
    const s = await answering(json("{}"));
    const lf = new LangflowClient({ baseUrl: s.url, apiKey: "k" });
    const bigint = await failure(() => lf.flows.create({ name: "x", data: { n: 1n } } as never));
    expect(bigint).toBeInstanceOf(LangflowError);
    expect((bigint as Error).cause).toBeInstanceOf(TypeError);
    const hooked = new LangflowClient({
      baseUrl: s.url,
      apiKey: "k",
      onRequest: () => {
        throw new TypeError("hook bug");
      },
    });
    const hook = await failure(() => hooked.version());
    expect(hook).toBeInstanceOf(LangflowError);
    expect((hook as Error).message).toMatch(/hook bug/);
  });
});

describe("credentials in baseUrl (C5)", () => {
  it.each([
    "admin:SECRETKEY@langflow.example.com",
    "//admin:SECRETKEY@langflow.example.com",
    "ftp://admin:SECRETKEY@langflow.example.com",
    "http://admin:SECRETKEY@langflow.example.com",
  ])("%s: LangflowConfigError without the password", (baseUrl) => {
    let error: unknown;
    try {
      new LangflowClient({ baseUrl });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LangflowConfigError);
    expect((error as Error).message).not.toContain("SECRETKEY");
    expect((error as Error).message).toMatch(/baseUrl/);
  });
});

describe("200 answers with an error body or the wrong shape (C12)", () => {
  it.each(["null", "[]", '"ok"', '{"detail": "Flow not found"}'])(
    "lf.run on 200 %s: APIError naming what came",
    async (body) => {
      const s = await answering(json(body));
      const error = await failure(() => new LangflowClient({ baseUrl: s.url, apiKey: "k" }).run("f"));
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).status).toBe(200);
      if (body.includes("detail")) expect((error as APIError).detail).toBe("Flow not found");
    },
  );

  it.each(['{"outputs": 5}', '{"outputs": {"a": 1}}', '{"outputs": [{"outputs": [{"messages": 7}]}]}'])(
    "lf.run on 200 %s: a result with no text, not a TypeError",
    async (body) => {
      const s = await answering(json(body));
      const result = await new LangflowClient({ baseUrl: s.url, apiKey: "k" }).run("f");
      expect(result.text).toBeUndefined();
      expect(result.messages).toEqual([]);
    },
  );

  it.each(["null", "", '{"detail": "Flow not found"}', "7"])(
    "workflows.run on 200 %j: APIError",
    async (body) => {
      const s = await answering(json(body));
      const wf = new WorkflowsClient({ baseUrl: s.url, apiKey: "k", apiVersion: "current" });
      const error = await failure(() => wf.run(FLOW_ID, { inputValue: "x" }));
      expect(error).toBeInstanceOf(APIError);
    },
  );
});

describe("prototype keys from the server (C11)", () => {
  it("a v2 output keyed __proto__ is an own entry; the map keeps Object.prototype", async () => {
    const s = await answering(
      json(
        '{"status":"completed","outputs":{"real":{"type":"message","content":"hi"},"__proto__":{"content":"INJECTED","type":"text"}}}',
      ),
    );
    const wf = new WorkflowsClient({ baseUrl: s.url, apiKey: "k", apiVersion: "current" });
    const result = await wf.run(FLOW_ID);
    expect(Object.getPrototypeOf(result.outputs)).toBe(Object.prototype);
    expect(Object.keys(result.outputs)).toEqual(["real", "__proto__"]);
    expect((result.outputs as Record<string, unknown>).content).toBeUndefined();
    expect(({} as Record<string, unknown>).content).toBeUndefined();
  });
});

describe("an HTML page on a stream (C21)", () => {
  it("is a StreamError that says so, on v1 and v2 streams", async () => {
    const s = await answering((res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><html><body>Sign in</body></html>");
    });
    const lf = new LangflowClient({ baseUrl: s.url, apiKey: "k" });
    const wf = new WorkflowsClient({ baseUrl: s.url, apiKey: "k", apiVersion: "current" });
    for (const stream of [lf.stream("f", { inputValue: "x" }), wf.stream(FLOW_ID, { inputValue: "x" })]) {
      const error = await failure(() => stream.finalText());
      expect(error).toBeInstanceOf(StreamError);
      expect((error as Error).message).toMatch(/HTML page where a stream was expected.*baseUrl/);
    }
  });
});

describe("hostile Content-Disposition on downloads (C25)", () => {
  it.each([
    ['attachment; filename="../../../home/user/.bashrc"', ".bashrc"],
    ["attachment; filename*=UTF-8''..%2F..%2Fetc%2Fcron.d%2Fx", "x"],
    ["attachment; filename*=UTF-8''%E0%A4%A", "%E0%A4%A"],
    ['attachment; filename="C:\\\\Windows\\\\evil.dll"', "evil.dll"],
    ['attachment; filename=".."', undefined],
  ])("%s -> %j", async (disposition, filename) => {
    const s = await answering((res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-disposition": disposition });
      res.end("bytes");
    });
    const file = await new LangflowClient({ baseUrl: s.url, apiKey: "k" }).files.download("id");
    expect(file.filename).toBe(filename);
    expect(new TextDecoder().decode(file.bytes)).toBe("bytes");
  });
});

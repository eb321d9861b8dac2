// The standalone HTTP transport: real sockets on 127.0.0.1, CORS, incremental streaming, and a bounded load test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LangflowMockServer, startLangflowMockServer } from "../../../mock/server";
import { parseSse } from "./sse";

let server: LangflowMockServer;
const key = { "x-api-key": "sk-langflow-mock" };
beforeAll(async () => {
  server = await startLangflowMockServer({ port: 0, tokenDelayMs: 20 });
});
afterAll(async () => {
  await server.close();
});

describe("startLangflowMockServer", () => {
  it("binds 127.0.0.1 on a free port and answers JSON", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/v1/version`);
    expect(await res.json()).toMatchObject({ package: "Langflow" });
  });

  it("unknown API route → 404 JSON (other paths: server-paths.test.ts)", async () => {
    const res = await fetch(`${server.url}/api/v1/nothing/here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: "Not Found" });
  });

  it("malformed percent-encoding in a path is kept literally (as the server does), never a 500", async () => {
    const run = await fetch(`${server.url}/api/v1/run/%ZZ`, {
      method: "POST",
      headers: { ...key, "content-type": "application/json" },
      body: "{}",
    });
    expect(run.status).toBe(404);
    expect(await run.json()).toEqual({ detail: "Flow identifier %ZZ not found" });
    const flow = await fetch(`${server.url}/api/v1/flows/%E0%A4%A`, { headers: key });
    expect(flow.status).toBe(422);
  });

  it("answers CORS preflights of a loopback page and marks its responses (other origins: server-access.test.ts)", async () => {
    const origin = "http://localhost:5173";
    const pre = await fetch(`${server.url}/api/v2/workflows`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-api-key,content-type",
      },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
    expect(pre.headers.get("access-control-allow-headers")).toBe("x-api-key,content-type");
    const res = await fetch(`${server.url}/api/v1/version`, { headers: { origin } });
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("vary")).toBe("Origin");
  });

  it("streams incrementally: the first frame arrives before the run ends", async () => {
    const flow = server.flow("model-chat");
    const res = await fetch(`${server.url}/api/v2/workflows`, {
      method: "POST",
      headers: { ...key, "content-type": "application/json" },
      body: JSON.stringify({ flow_id: flow?.id, mode: "stream", input_value: "one two three four five" }),
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("vertices_sorted");
    expect(first).not.toContain('"event": "end"');
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(parseSse(first + rest).at(-1)?.json.event).toBe("end");
  });

  it("survives a client that disconnects mid-stream", async () => {
    const flow = server.flow("model-chat");
    const abort = new AbortController();
    const res = await fetch(`${server.url}/api/v1/run/${flow?.id}?stream=true`, {
      method: "POST",
      headers: { ...key, "content-type": "application/json" },
      body: JSON.stringify({ input_value: "a b c d e f g h" }),
      signal: abort.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    abort.abort();
    const after = await fetch(`${server.url}/health`);
    expect(after.status).toBe(200);
  });
});

describe("load (loopback, bounded)", () => {
  it("1,000 concurrent mixed requests are all answered correctly and the state stays consistent", async () => {
    const flowsBefore = server.state.flows.flows.size;
    const prompt = server.flow("prompt-chat")?.id;
    const json = { ...key, "content-type": "application/json" };
    const kinds = [
      async (i: number) => {
        const res = await fetch(`${server.url}/api/v1/flows/`, { headers: key });
        return res.status === 200 && Array.isArray(await res.json()) && i >= 0;
      },
      async (i: number) => {
        const res = await fetch(`${server.url}/api/v2/workflows`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ flow_id: prompt, input_value: `q${i}`, session_id: `load-${i}` }),
        });
        return (await res.json()).output?.text === `You asked: q${i}`;
      },
      async (i: number) => {
        const res = await fetch(`${server.url}/api/v1/run/echo-chat`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ input_value: `e${i}` }),
        });
        return (await res.json()).outputs[0].outputs[0].results.message.text === `e${i}`;
      },
      async (i: number) => {
        const res = await fetch(`${server.url}/api/v1/flows/`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ name: `load ${i}` }),
        });
        return res.status === 201 && (await res.json()).name === `load ${i}`;
      },
      async () => {
        const res = await fetch(`${server.url}/api/v2/workflows`, {
          method: "POST",
          headers: json,
          body: "{broken",
        });
        return res.status === 422;
      },
    ];
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => (kinds[i % kinds.length] as (i: number) => Promise<boolean>)(i)),
    );
    expect(results.filter((ok) => !ok)).toHaveLength(0);
    expect(server.state.flows.flows.size).toBe(flowsBefore + 200);
    const sessions = new Set(
      server.state.messages.list((m) => m.session_id.startsWith("load-")).map((m) => m.session_id),
    );
    expect(sessions.size).toBe(200);
  }, 60_000);
});

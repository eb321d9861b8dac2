// lf.run / lf.stream / server basics through the public client, against the in-process mock.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { LangflowClient, NotFoundError } from "../../../src/index";
import { toRunResult } from "../../../src/resources/run-result";
import { useMockedClient } from "./support";

const { mock, client } = useMockedClient();

describe("lf.run", () => {
  it("runs by endpoint name and finds the text", async () => {
    const result = await client().run("echo-chat", { inputValue: "hello", sessionId: "s-1" });
    expect(result.text).toBe("hello");
    expect(result.sessionId).toBe("s-1");
    expect(result.messages[0]?.text).toBe("hello");
    expect(result.outputs.length).toBeGreaterThan(0);
    expect(result.raw.outputs).toBeDefined();
  });

  it("runs by id, with tweaks, and keeps withResponse()", async () => {
    const flow = mock.flow("prompt-chat");
    const { data, response } = await client()
      .run(flow?.id ?? "prompt-chat", { inputValue: "what?" })
      .withResponse();
    expect(response.status).toBe(200);
    expect(data.text).toContain("what?");
  });

  it("sends the body top-level and globals as headers", async () => {
    let seen: { body?: unknown; headers?: Headers } = {};
    const spy = async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      seen = { body: await req.clone().json(), headers: req.headers };
      return fetch(req);
    };
    const lf = client({ fetch: spy });
    await lf.run(
      "echo-chat",
      {
        inputValue: "x",
        inputType: "chat",
        outputType: "any",
        tweaks: { a: { b: [1] } },
        globals: { user_name: "ann" },
      },
      { headers: { "x-extra": "1" } },
    );
    expect(seen.body).toEqual({
      input_value: "x",
      input_type: "chat",
      output_type: "any",
      tweaks: { a: { b: [1] } },
    });
    expect(seen.headers?.get("x-langflow-global-var-user_name")).toBe("ann");
    expect(seen.headers?.get("x-extra")).toBe("1");
  });

  it("throws NotFoundError for an unknown flow", async () => {
    await expect(client().run("nope-flow", { inputValue: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an empty flow and a bad global name before sending", () => {
    expect(() => client().run("")).toThrow(/Invalid id "" for \/api\/v1\/run\/\{id\}/);
    expect(() => client().run("echo-chat", { globals: { "a b": "x" } })).toThrow(/header name/);
  });
});

describe("RunResult", () => {
  it("reads the recorded 1.13.0 response", () => {
    const raw = JSON.parse(readFileSync("test/fixtures/recorded/v1-run-sync.json", "utf8"));
    const result = toRunResult(raw);
    expect(result.text).toBe("You asked: what?");
    expect(result.sessionId).toBe("rec-1");
  });

  it("finds the text in a later output group", () => {
    const result = toRunResult({
      session_id: "s",
      outputs: [
        { inputs: {}, outputs: [{ results: { data: 1 } }] },
        { inputs: {}, outputs: [{ results: { message: { text: "second" } } }] },
      ],
    });
    expect(result.text).toBe("second");
  });

  it("is undefined text when nothing carries text", () => {
    expect(toRunResult({ outputs: [] }).text).toBeUndefined();
  });
});

describe("lf.stream", () => {
  it("streams events; finalText and finalResult", async () => {
    const s = client().stream("model-chat", { inputValue: "hi" });
    const names: string[] = [];
    for await (const e of s) names.push(e.event);
    expect(names).toContain("token");
    expect(names.at(-1)).toBe("end");
    const s2 = client().stream("model-chat", { inputValue: "hi" });
    expect(await s2.finalText()).toBe("You said: hi");
    const s3 = client().stream("echo-chat", { inputValue: "yo" });
    const result = await s3.finalResult();
    expect(result?.outputs?.length).toBeGreaterThan(0);
  });

  it("returns the stream at once; an unknown flow throws NotFoundError from the first read", async () => {
    const s = client().stream("nope-flow", { inputValue: "x" });
    expect(typeof s[Symbol.asyncIterator]).toBe("function");
    await expect(s.finalText()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sends nothing when aborted before the first read", async () => {
    const seen: string[] = [];
    const lf = new LangflowClient({
      baseUrl: "http://langflow.test",
      apiKey: mock.apiKey,
      onRequest: ({ request }) => {
        seen.push(request.url);
      },
    });
    const s = lf.stream("echo-chat", { inputValue: "x" });
    s.abort();
    const events = [];
    for await (const e of s) events.push(e);
    expect(events).toEqual([]);
    expect(seen).toEqual([]);
  });
});

describe("server info", () => {
  it("version, config, health, components", async () => {
    const lf = client();
    expect((await lf.version()).version).toMatch(/^\d+\.\d+/);
    expect(await lf.config()).toBeTypeOf("object");
    expect((await lf.health()).status).toBe("ok");
  });

  it("components lists the catalog by category, with the engine's templates", async () => {
    const catalog = await client().components();
    const chatInput = catalog.input_output?.ChatInput as { display_name?: string; template?: object };
    expect(chatInput.display_name).toBe("Chat Input");
    expect(chatInput.template).toHaveProperty("input_value");
    expect(catalog.models_and_agents?.["Prompt Template"]).toBeDefined();
    expect(catalog.component_display_names?.chatinput).toBeDefined();
  });

  it("components needs credentials (403 like the server)", async () => {
    vi.stubEnv("LANGFLOW_API_KEY", "");
    const lf = new LangflowClient({ baseUrl: "http://langflow.test" });
    await expect(lf.components()).rejects.toMatchObject({ status: 403 });
  });
});

describe("lf.webhook", () => {
  it("starts the flow in the background", async () => {
    const res = await client().webhook("echo-chat", { any: "payload" });
    expect(res.status).toBe("in progress");
  });
  it("refuses an empty payload", () => {
    expect(() => client().webhook("echo-chat", undefined)).toThrow(/payload/);
  });
});

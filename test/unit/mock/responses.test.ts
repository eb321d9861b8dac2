// OpenAI-compatible Responses API (statements 39-41).
import { describe, expect, it } from "vitest";
import { failFlow, globalsFlow } from "./flows-fixtures";
import { useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow, globalsFlow] });

function frames(text: string): string[] {
  return text.split("\n\n").filter(Boolean);
}

describe("POST /api/v1/responses", () => {
  it("sync: object response with output_text, usage key, id reusable as previous_response_id", async () => {
    const res = await call("/api/v1/responses", {
      json: { model: lf.flow("prompt-chat")?.id, input: "hello resp" },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      model: lf.flow("prompt-chat")?.id,
      previous_response_id: null,
    });
    expect(body).toHaveProperty("usage");
    expect(body.output[0]).toMatchObject({ type: "message", role: "assistant", id: `msg_${body.id}` });
    expect(body.output[0].content[0].type).toBe("output_text");
    expect(body.output[0].content[0].text).toContain("hello resp");
    const again = await (
      await call("/api/v1/responses", {
        json: { model: "prompt-chat", input: "again", previous_response_id: body.id },
      })
    ).json();
    expect(again.id).toBe(body.id);
    expect(again.previous_response_id).toBe(body.id);
    const session = lf.state.messages.list((m) => m.session_id === body.id);
    expect(session.map((m) => m.sender)).toEqual(["User", "Machine", "User", "Machine"]);
  });

  it("tools → 200 tools_not_supported; unknown model → 200 flow_not_found; missing fields → 422", async () => {
    const tools = await call("/api/v1/responses", {
      json: { model: "echo-chat", input: "x", tools: [{ type: "function" }] },
    });
    expect(tools.status).toBe(200);
    expect(await tools.json()).toEqual({
      error: {
        message: "Tools are not supported yet",
        type: "invalid_request_error",
        code: "tools_not_supported",
      },
    });
    const missing = await (await call("/api/v1/responses", { json: { model: "nope", input: "x" } })).json();
    expect(missing).toEqual({
      error: {
        message: "Flow with id 'nope' not found",
        type: "invalid_request_error",
        code: "flow_not_found",
      },
    });
    const bad = await call("/api/v1/responses", { json: {} });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail.map((d: { loc: string[] }) => d.loc[1])).toEqual(["model", "input"]);
  });

  it("tools: [] is refused too; the echo flow streams no content chunk (its answer repeats the input)", async () => {
    const empty = await (
      await call("/api/v1/responses", { json: { model: "echo-chat", input: "x", tools: [] } })
    ).json();
    expect(empty.error.code).toBe("tools_not_supported");
    const res = await call("/api/v1/responses", {
      json: { model: "echo-chat", input: "same", stream: true },
    });
    const all = frames(await res.text());
    const contents = all
      .filter((f) => f.startsWith("data: {"))
      .map((f) => JSON.parse(f.slice(6)).delta.content ?? "");
    expect(contents.join("")).toBe("");
    expect(all.at(-1)).toBe("data: [DONE]");
  });

  it("is an API-key route: no key → 403", async () => {
    const res = await call("/api/v1/responses", { auth: false, json: { model: "echo-chat", input: "x" } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: "An API key must be passed as query or header" });
  });

  it("stream: response.chunk frames, final status completed, response.completed, data: [DONE]", async () => {
    const res = await call("/api/v1/responses", {
      json: { model: "model-chat", input: "tell me", stream: true },
    });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const all = frames(await res.text());
    expect(all.at(-1)).toBe("data: [DONE]");
    const chunks = all.filter((f) => f.startsWith("data: {")).map((f) => JSON.parse(f.slice(6)));
    expect(chunks[0]).toMatchObject({ object: "response.chunk", delta: { content: "" }, status: null });
    const text = chunks.map((c) => c.delta.content ?? "").join("");
    expect(text.length).toBeGreaterThan(0);
    expect(chunks.filter((c) => c.delta.content).length).toBeGreaterThan(1); // token by token
    expect(chunks.at(-1)).toMatchObject({ delta: {}, status: "completed", finish_reason: "stop" });
    const completed = all.find((f) => f.startsWith("event: response.completed"));
    expect(completed).toContain('"type": "response.completed"');
  });

  it("a failing flow: sync → processing_error body; stream → failed chunk then [DONE]", async () => {
    const sync = await (await call("/api/v1/responses", { json: { model: "fails", input: "x" } })).json();
    expect(sync.error).toMatchObject({ type: "processing_error" });
    expect(sync.error.message).toContain("boom");
    const all = frames(
      await (await call("/api/v1/responses", { json: { model: "fails", input: "x", stream: true } })).text(),
    );
    const last = JSON.parse((all.at(-2) ?? "").slice(6));
    expect(last).toMatchObject({ status: "failed", finish_reason: "error" });
    expect(all.at(-1)).toBe("data: [DONE]");
  });
});

describe("POST /api/v1/responses — users and globals", () => {
  it("another user's flow is not found for this key", async () => {
    const user = lf.state.users.addUser("bob", "pw");
    const key = lf.state.users.addApiKey(user.id, "bob key");
    const res = await call("/api/v1/responses", {
      headers: { "x-api-key": key.api_key },
      json: { model: "echo-chat", input: "x" },
    });
    expect((await res.json()).error.code).toBe("flow_not_found");
  });
});

describe("POST /api/v1/responses — flow without Chat Input", () => {
  it("→ 200 with an invalid_request_error body (the flow must contain a Chat Input)", async () => {
    const res = await call("/api/v1/responses", { json: { model: "globals", input: "x" } });
    expect(res.status).toBe(200);
    expect((await res.json()).error).toEqual({
      message: "Flow must have a ChatInput component to be compatible with OpenAI Responses API",
      type: "processing_error",
      code: null,
    });
  });
});

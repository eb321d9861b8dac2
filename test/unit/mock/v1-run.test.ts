// POST /api/v1/run/{flow_id_or_name} (statements 29–33) against the recorded 1.13.0 shapes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { failFlow, globalsFlow } from "./flows-fixtures";
import { parseBareJson } from "./sse";
import { useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow, globalsFlow] });
const recorded = JSON.parse(readFileSync("test/fixtures/recorded/v1-run-sync.json", "utf8"));

function keysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [keysDeep(value[0])] : [];
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, keysDeep((value as Record<string, unknown>)[k])]),
    );
  }
  return typeof value;
}

describe("v1 run, sync", () => {
  it("answers a RunResponse with the text at outputs[0].outputs[0].results.message.text", async () => {
    const res = await call("/api/v1/run/prompt-chat", {
      json: { input_value: "what?", session_id: "rec-1" },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.session_id).toBe("rec-1");
    expect(body.outputs[0].inputs).toEqual({ input_value: "what?" });
    expect(body.outputs[0].outputs[0].results.message.text).toBe("You asked: what?");
    expect(body.outputs[0].outputs[0].component_id).toBe("ChatOutput-prmt1");
  });

  it("has the same structure as the recorded 1.13.0 response", async () => {
    const body = await (
      await call("/api/v1/run/prompt-chat", { json: { input_value: "what?", session_id: "rec-1" } })
    ).json();
    expect(keysDeep(body)).toEqual(keysDeep(recorded));
  });

  it("session_id defaults to the flow id; UUID and endpoint name resolve the same flow", async () => {
    const flow = lf.flow("echo-chat");
    const byName = await (await call("/api/v1/run/echo-chat", { json: { input_value: "a" } })).json();
    const byId = await (await call(`/api/v1/run/${flow?.id}`, { json: { input_value: "a" } })).json();
    expect(byName.session_id).toBe(flow?.id);
    expect(byId.outputs[0].outputs[0].results.message.text).toBe(
      byName.outputs[0].outputs[0].results.message.text,
    );
  });

  it("unknown flow → 404 'Flow identifier … not found'", async () => {
    const res = await call("/api/v1/run/nope", { json: {} });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: "Flow identifier nope not found" });
  });

  it("tweaks set node parameters; output_type selects outputs", async () => {
    const tweaked = await (
      await call("/api/v1/run/prompt-chat", {
        json: { input_value: "x", tweaks: { "Prompt-prmt1": { template: "T: {question}" } } },
      })
    ).json();
    expect(tweaked.outputs[0].outputs[0].results.message.text).toBe("T: x");
    const any = await (
      await call("/api/v1/run/two-outputs", { json: { input_value: "hey", output_type: "any" } })
    ).json();
    expect(any.outputs[0].outputs.map((o: { component_id: string }) => o.component_id)).toEqual([
      "ChatOutput-two01",
      "TextOutput-two01",
    ]);
    const text = await (
      await call("/api/v1/run/two-outputs", { json: { input_value: "hey", output_type: "text" } })
    ).json();
    expect(text.outputs[0].outputs[0].results.text.text).toBe("Length check: hey");
  });

  it("input_value together with a ChatInput input_value tweak → 400", async () => {
    const res = await call("/api/v1/run/echo-chat", {
      json: { input_value: "a", tweaks: { "ChatInput-echo1": { input_value: "b" } } },
    });
    expect(res.status).toBe(400);
  });

  it("X-LANGFLOW-GLOBAL-VAR-* headers are visible to the flow for that request only", async () => {
    const res = await call("/api/v1/run/globals", {
      json: { output_type: "any" },
      headers: { "X-LANGFLOW-GLOBAL-VAR-foo": "v1" },
    });
    expect((await res.json()).outputs[0].outputs[0].results.message.text).toBe("v1");
    const again = await (await call("/api/v1/run/globals", { json: { output_type: "any" } })).json();
    expect(again.outputs[0].outputs[0].results.message.text).toBe("FOO");
  });

  it("a failing component → 500 whose detail is a JSON string with message", async () => {
    const res = await call("/api/v1/run/fails", { json: { input_value: "x" } });
    expect(res.status).toBe(500);
    const { detail } = await res.json();
    expect(typeof detail).toBe("string");
    expect(JSON.parse(detail).message).toContain("boom");
  });

  it("stores the chat messages of the session", async () => {
    await call("/api/v1/run/echo-chat", { json: { input_value: "one", session_id: "s" } });
    await call("/api/v1/run/echo-chat", { json: { input_value: "two", session_id: "s" } });
    const flow = lf.flow("echo-chat");
    const history = lf.state.messages.history(flow?.id ?? "", "s").map((m) => `${m.sender}:${m.text}`);
    expect(history).toEqual(["User:one", "Machine:one", "User:two", "Machine:two"]);
  });
});

describe("v1 run, stream", () => {
  it("text/event-stream with bare JSON objects each followed by a blank line; tokens; end carries the RunResponse", async () => {
    const res = await call("/api/v1/run/model-chat?stream=true", { json: { input_value: "hello world" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const text = await res.text();
    expect(text.startsWith('{"event": "add_message"')).toBe(true);
    expect(text).not.toContain("data:");
    const events = parseBareJson(text);
    expect(events.map((e) => e.event)).toEqual([
      "add_message",
      "add_message",
      "token",
      "token",
      "token",
      "token",
      "add_message",
      "end",
    ]);
    expect(
      events
        .filter((e) => e.event === "token")
        .map((e) => e.data.chunk)
        .join(""),
    ).toBe("You said: hello world");
    const end = events.at(-1)?.data.result as {
      outputs: { outputs: { results: { message: { text: string } } }[] }[];
    };
    expect(end.outputs[0]?.outputs[0]?.results.message.text).toBe("You said: hello world");
  });

  it("matches the recorded framing for prompt-chat (add_message, add_message, end)", async () => {
    const recordedEvents = parseBareJson(
      readFileSync("test/fixtures/recorded/v1-run-stream.txt", "utf8"),
    ).map((e) => e.event);
    const res = await call("/api/v1/run/prompt-chat?stream=true", { json: { input_value: "what?" } });
    expect(parseBareJson(await res.text()).map((e) => e.event)).toEqual(recordedEvents);
  });

  it("a failing component ends the stream with an error event, HTTP 200", async () => {
    const res = await call("/api/v1/run/fails?stream=true", { json: { input_value: "x" } });
    expect(res.status).toBe(200);
    const events = parseBareJson(await res.text());
    expect(events.at(-1)).toEqual({ event: "error", data: { error: expect.stringContaining("boom") } });
  });
});

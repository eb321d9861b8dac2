// v2 mode "stream" in both protocols (statements 23–25), compared with the recorded 1.13.0 streams.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { failFlow } from "./flows-fixtures";
import { eventNames, parseSse } from "./sse";
import { useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow] });
const id = (name: string) => lf.flow(name)?.id ?? "";
const stream = (json: Record<string, unknown>) =>
  call("/api/v2/workflows", { json: { mode: "stream", ...json } });
const recorded = (name: string) => parseSse(readFileSync(`test/fixtures/recorded/${name}`, "utf8"));

describe("stream_protocol langflow", () => {
  it("200 text/event-stream; data:/id: frames with contiguous ids from 0; the recorded event order", async () => {
    const res = await stream({ flow_id: id("prompt-chat"), input_value: "what?" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    const text = await res.text();
    expect(text.startsWith('data: {"event": "vertices_sorted"')).toBe(true);
    const frames = parseSse(text);
    expect(frames.map((f) => f.id)).toEqual(frames.map((_, i) => String(i)));
    expect(eventNames(frames)).toEqual(eventNames(recorded("v2-stream-langflow.txt")));
  });

  it("model stand-in: add_message, tokens, end_vertex, one output per terminal vertex, one final end", async () => {
    const frames = parseSse(await (await stream({ flow_id: id("model-chat"), input_value: "a b c" })).text());
    const names = eventNames(frames);
    expect(names).toContain("vertices_sorted");
    expect(names).toContain("add_message");
    expect(names.filter((n) => n === "token").length).toBeGreaterThanOrEqual(1);
    expect(names).toContain("end_vertex");
    expect(names.filter((n) => n === "end")).toHaveLength(1);
    expect(names.at(-1)).toBe("end");
    const output = frames.find((f) => f.json.event === "output")?.json.data;
    expect(output).toEqual({
      type: "message",
      status: "completed",
      display_name: "Chat Output",
      content: "You said: a b c",
      metadata: { component_type: "ChatOutput" },
      component_id: "ChatOutput-model1",
    });
    const tokens = frames
      .filter((f) => f.json.event === "token")
      .map((f) => (f.json.data as { chunk: string }).chunk);
    expect(tokens.join("")).toBe("You said: a b c");
  });

  it("end_vertex carries build_data and output_meta as 1.13.0 does", async () => {
    const frames = parseSse(
      await (await stream({ flow_id: id("prompt-chat"), input_value: "what?" })).text(),
    );
    const mine = frames
      .filter((f) => f.json.event === "end_vertex")
      .map((f) => f.json.data as Record<string, Record<string, unknown>>);
    const real = recorded("v2-stream-langflow.txt")
      .filter((f) => f.json.event === "end_vertex")
      .map((f) => f.json.data as Record<string, Record<string, unknown>>);
    expect(mine.map((d) => d.output_meta)).toEqual(real.map((d) => d.output_meta));
    expect(mine.map((d) => Object.keys(d.build_data ?? {}).sort())).toEqual(
      real.map((d) => Object.keys(d.build_data ?? {}).sort()),
    );
  });

  it("a failing component → its error Message, its failed end_vertex, then end (as 1.13.0), HTTP 200", async () => {
    const res = await stream({ flow_id: id("fails"), input_value: "x" });
    expect(res.status).toBe(200);
    const frames = parseSse(await res.text());
    expect(eventNames(frames).slice(-3)).toEqual(["error", "end_vertex", "end"]);
    const error = frames.find((f) => f.json.event === "error")?.json.data as {
      text: string;
      category: string;
    };
    expect(error).toMatchObject({ text: expect.stringContaining("boom"), category: "error" });
    const failed = frames.at(-2)?.json.data as { build_data: { valid: boolean; params: string } };
    expect(failed.build_data).toMatchObject({ valid: false, params: expect.stringContaining("boom") });
    expect(frames.at(-1)?.json).toEqual({ event: "end", data: { build_duration: expect.any(Number) } });
  });

  it("validation errors come before the stream opens (JSON 422)", async () => {
    const res = await stream({ flow_id: id("echo-chat"), output_ids: ["x"] });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/json");
  });
});

describe("stream_protocol agui", () => {
  it("prompt flow: the recorded 1.13.0 frame types; camelCase keys, compact JSON, no nulls, no event: line", async () => {
    const res = await stream({ flow_id: id("prompt-chat"), input_value: "what?", stream_protocol: "agui" });
    const text = await res.text();
    expect(text).not.toContain("event:");
    const frames = parseSse(text);
    expect(eventNames(frames)).toEqual(eventNames(recorded("v2-stream-agui.txt")));
    expect(frames[0]?.json).toEqual({
      type: "RUN_STARTED",
      threadId: id("prompt-chat"),
      runId: expect.any(String),
    });
    expect(frames[2]?.json).toMatchObject({ type: "TEXT_MESSAGE_CONTENT", delta: "You asked: what?" });
    for (const f of frames) {
      expect(f.data).not.toMatch(/": |", "/);
      expect(f.data).not.toContain("null");
      expect(Object.keys(f.json).every((k) => !k.includes("_"))).toBe(true);
    }
  });

  it("model stand-in: one messageId, START → CONTENT* → END, then RUN_FINISHED with the run's ids", async () => {
    const frames = parseSse(
      await (
        await stream({
          flow_id: id("model-chat"),
          input_value: "x y",
          stream_protocol: "agui",
          session_id: "t1",
        })
      ).text(),
    );
    const names = eventNames(frames);
    expect(names[0]).toBe("RUN_STARTED");
    expect(names.at(-1)).toBe("RUN_FINISHED");
    const text = frames.filter((f) => f.json.type?.toString().startsWith("TEXT_MESSAGE"));
    expect(new Set(text.map((f) => f.json.messageId)).size).toBe(1);
    expect(text[0]?.json.type).toBe("TEXT_MESSAGE_START");
    expect(text.at(-1)?.json.type).toBe("TEXT_MESSAGE_END");
    expect(
      text
        .slice(1, -1)
        .map((f) => f.json.delta)
        .join(""),
    ).toBe("You said: x y");
    expect(frames.at(-1)?.json).toMatchObject({ threadId: "t1", runId: frames[0]?.json.runId });
  });

  it("a failing component → RUN_ERROR {message} last", async () => {
    const frames = parseSse(
      await (await stream({ flow_id: id("fails"), input_value: "x", stream_protocol: "agui" })).text(),
    );
    expect(frames.at(-1)?.json).toEqual({ type: "RUN_ERROR", message: expect.stringContaining("boom") });
  });
});

import { describe, expect, it } from "vitest";
import { StreamError } from "../../../src/core/errors";
import type { WorkflowEvent } from "../../../src/streaming/events";
import {
  logEventStream,
  responsesEventStream,
  runEventStream,
  workflowEventStream,
} from "../../../src/streaming/readers";
import { collect, recorded, responseOf, text } from "./helpers";

describe("recorded real streams", () => {
  it("v1: typed events, and the end event's run result", async () => {
    const stream = runEventStream(responseOf(recorded("v1-run-stream.txt")));
    const events = await collect(stream);
    expect(events.map((e) => e.event)).toEqual(["add_message", "add_message", "end"]);
    expect(stream.endReason).toBe("end");
    const again = runEventStream(responseOf(recorded("v1-run-stream.txt")));
    expect(await again.finalText()).toBe("You asked: what?");
    const result = await runEventStream(responseOf(recorded("v1-run-stream.txt"))).finalResult();
    expect(result?.session_id).toBe("rec-2");
  });

  it("v2 langflow protocol: event names in order, last event id, final text from the output event", async () => {
    const stream = workflowEventStream(responseOf(recorded("v2-stream-langflow.txt")));
    const events = await collect(stream);
    expect(events.map((e) => ("event" in e ? e.event : e.type))).toEqual([
      "vertices_sorted",
      "build_start",
      "add_message",
      "end_vertex",
      "end_vertex",
      "add_message",
      "end_vertex",
      "output",
      "end",
    ]);
    expect(stream.lastEventId).toBe("8");
    expect(await workflowEventStream(responseOf(recorded("v2-stream-langflow.txt"))).finalText()).toBe(
      "You asked: what?",
    );
  });

  it("v2 AG-UI protocol: camelCase events and text from the deltas", async () => {
    const events: WorkflowEvent[] = await collect(
      workflowEventStream(responseOf(recorded("v2-stream-agui.txt"))),
    );
    expect(events.map((e) => ("type" in e ? e.type : e.event))).toEqual([
      "RUN_STARTED",
      "TEXT_MESSAGE_START",
      "TEXT_MESSAGE_CONTENT",
      "TEXT_MESSAGE_END",
      "RUN_FINISHED",
    ]);
    expect(await workflowEventStream(responseOf(recorded("v2-stream-agui.txt"))).finalText()).toBe(
      "You asked: what?",
    );
  });
});

describe("lastEventId", () => {
  it("is the id of the event being handled, not of a later one in the same chunk", async () => {
    const stream = workflowEventStream(responseOf(recorded("v2-events-replay.txt")));
    const ids: (string | undefined)[] = [];
    for await (const _ of stream) ids.push(stream.lastEventId);
    expect(ids).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });
});

describe("SSE details", () => {
  it("reads id before data, multi-line data, comments, retry, a BOM and CR line ends", async () => {
    const body = text(
      '\uFEFF: a comment\rretry: 1000\rid: 7\rdata: {"event": "token",\rdata: "data": {"chunk": "x"}}\r\r',
    );
    const stream = workflowEventStream(responseOf(body));
    expect(await collect(stream)).toEqual([{ event: "token", data: { chunk: "x" } }]);
    expect(stream.lastEventId).toBe("7");
  });
});

describe("terminal events", () => {
  it("an error event is yielded, then iteration throws StreamError carrying it", async () => {
    const body = text(
      '{"event": "token", "data": {"chunk": "a"}}\n\n{"event": "error", "data": {"error": "Component failed"}}\n\n',
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const e of runEventStream(responseOf(body))) seen.push(e.event);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["token", "error"]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).message).toBe("Component failed");
    expect((error as StreamError).event).toEqual({ event: "error", data: { error: "Component failed" } });
  });

  it("AG-UI RUN_ERROR throws after being yielded", async () => {
    const body = text(
      'data: {"type":"RUN_STARTED","threadId":"t","runId":"r"}\n\ndata: {"type":"RUN_ERROR","message":"boom"}\n\n',
    );
    await expect(collect(workflowEventStream(responseOf(body)))).rejects.toThrow("boom");
  });

  it("a cancelled event ends the stream with endReason 'cancelled'", async () => {
    const body = text(
      'data: {"event": "cancelled", "data": {"reason": "Run stopped by the client"}}\nid: 3\n\ndata: {"event": "token", "data": {"chunk": "late"}}\n\n',
    );
    const stream = workflowEventStream(responseOf(body));
    expect((await collect(stream)).map((e) => ("event" in e ? e.event : e.type))).toEqual(["cancelled"]);
    expect(stream.endReason).toBe("cancelled");
  });

  it("the re-attach replay's {type: cancelled} row reads as a cancelled event", async () => {
    const stream = workflowEventStream(responseOf(text('data: {"type": "cancelled"}\nid: 4\n\n')));
    expect(await collect(stream)).toEqual([{ event: "cancelled", data: {} }]);
    expect(stream.endReason).toBe("cancelled");
  });

  it("unknown events pass through as the unknown variant", async () => {
    const body = text('{"event": "brand_new", "data": {"x": 1}}\n\n{"event": "end", "data": {}}\n\n');
    expect(await collect(runEventStream(responseOf(body)))).toEqual([
      { event: "unknown", name: "brand_new", data: { x: 1 } },
      { event: "end", data: {} },
    ]);
    const agui = text('data: {"type":"SOMETHING_NEW","a":1}\n\n');
    expect(await collect(workflowEventStream(responseOf(agui)))).toEqual([
      { type: "UNKNOWN", name: "SOMETHING_NEW", raw: { type: "SOMETHING_NEW", a: 1 } },
    ]);
  });
});

describe("malformed input gives a typed error, never a crash or a hang", () => {
  it("truncated JSON at the end", async () => {
    const body = text('{"event": "token", "data": {"chunk": "a"}}\n\n{"event": "tok');
    await expect(collect(runEventStream(responseOf(body)))).rejects.toThrow(/ended inside an event/);
  });

  it("a garbage line", async () => {
    const body = text('{"event": "token", "data": {"chunk": "a"}}\n\nthis is not json\n\n');
    await expect(collect(runEventStream(responseOf(body)))).rejects.toBeInstanceOf(StreamError);
  });

  it("non-JSON SSE data", async () => {
    await expect(collect(workflowEventStream(responseOf(text("data: {oops\n\n"))))).rejects.toThrow(
      /not JSON/,
    );
  });

  it("a 5 MB single event arrives whole", async () => {
    const chunk = "x".repeat(5 * 1024 * 1024);
    const body = text(`data: ${JSON.stringify({ event: "token", data: { chunk } })}\n\n`);
    const cuts = Array.from({ length: 80 }, (_, i) => (i + 1) * 65_536);
    const events = await collect(workflowEventStream(responseOf(body, cuts)));
    expect(events).toHaveLength(1);
    expect((events[0] as { data: { chunk: string } }).data.chunk).toHaveLength(chunk.length);
  });
});

describe("LangflowStream", () => {
  it("delivers events as their bytes arrive, without waiting for the end", async () => {
    let push!: (s: string) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (s) => controller.enqueue(text(s));
      },
    });
    const iterator = runEventStream(new Response(body))[Symbol.asyncIterator]();
    push('{"event": "token", "data": {"chunk": "a"}}\n\n');
    expect((await iterator.next()).value).toEqual({ event: "token", data: { chunk: "a" } });
    push('{"event": "token", "data": {"chunk": "b"}}\n\n');
    expect((await iterator.next()).value).toEqual({ event: "token", data: { chunk: "b" } });
    await iterator.return?.();
  });

  it("abort() ends iteration quietly and cancels the body", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(text('{"event": "token", "data": {"chunk": "a"}}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stream = runEventStream(new Response(body));
    const seen: string[] = [];
    for await (const e of stream) {
      seen.push(e.event);
      stream.abort();
    }
    expect(seen).toEqual(["token"]);
    expect(cancelled).toBe(true);
  });

  it("breaking out of the loop frees the connection", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          text(
            '{"event": "token", "data": {"chunk": "a"}}\n\n{"event": "token", "data": {"chunk": "b"}}\n\n',
          ),
        );
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _ of runEventStream(new Response(body))) break;
    expect(cancelled).toBe(true);
  });

  it("can be read once; tee() gives two readers of the same events", async () => {
    const stream = runEventStream(responseOf(recorded("v1-run-stream.txt")));
    const [a, b] = stream.tee();
    const [ea, eb] = await Promise.all([collect(a), collect(b)]);
    expect(ea.map((e) => e.event)).toEqual(["add_message", "add_message", "end"]);
    expect(eb).toEqual(ea);
    await expect(collect(stream)).rejects.toThrow(/already been read/);
  });

  it("toReadableStream() gives the events as a ReadableStream", async () => {
    const readable = runEventStream(responseOf(recorded("v1-run-stream.txt"))).toReadableStream();
    const events = [];
    const reader = readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) events.push(r.value);
    expect(events.map((e) => e.event)).toEqual(["add_message", "add_message", "end"]);
  });

  it("finalText() concatenates token chunks", async () => {
    const body = text(
      [
        '{"event": "token", "data": {"chunk": "Hel"}}',
        '{"event": "token", "data": {"chunk": "lo"}}',
        '{"event": "end", "data": {}}',
      ].join("\n\n"),
    );
    expect(await runEventStream(responseOf(body)).finalText()).toBe("Hello");
  });
});

describe("textStream()", () => {
  const read = async (readable: ReadableStream<string>) => {
    const chunks: string[] = [];
    const reader = readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    return chunks;
  };
  const token = (chunk: string) => `{"event": "token", "data": {"chunk": ${JSON.stringify(chunk)}}}\n\n`;

  it("gives the text deltas one by one, as they arrive", async () => {
    let push!: (s: string) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (s) => controller.enqueue(text(s));
      },
    });
    const reader = runEventStream(new Response(body)).textStream().getReader();
    push(token("Hel") + token("lo"));
    expect(await reader.read()).toEqual({ done: false, value: "Hel" });
    expect(await reader.read()).toEqual({ done: false, value: "lo" });
    push(token(" there"));
    expect(await reader.read()).toEqual({ done: false, value: " there" });
    push('{"event": "end", "data": {}}\n\n');
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("for await reads it, also where ReadableStream has no async iterator (Safari); break cancels the body", async () => {
    const native = Object.getOwnPropertyDescriptor(ReadableStream.prototype, Symbol.asyncIterator);
    for (const platform of ["native", "without"]) {
      if (platform === "without")
        delete (ReadableStream.prototype as unknown as Record<symbol, unknown>)[Symbol.asyncIterator];
      try {
        const all: string[] = [];
        const stream = runEventStream(
          new Response(text(token("Hel") + token("lo") + '{"event": "end", "data": {}}\n\n')),
        );
        for await (const piece of stream.textStream()) all.push(piece);
        expect(all.join("")).toBe("Hello");

        let cancelled = false;
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(text(token("a") + token("b"))),
          cancel: () => {
            cancelled = true;
          },
        });
        for await (const piece of runEventStream(new Response(body)).textStream()) {
          expect(piece).toBe("a");
          break;
        }
        expect(cancelled).toBe(true);
      } finally {
        if (native) Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, native);
      }
    }
  });

  it("gives the final message's text once when the flow streamed no deltas", async () => {
    const chunks = await read(
      workflowEventStream(responseOf(recorded("v2-stream-langflow.txt"))).textStream(),
    );
    expect(chunks).toEqual(["You asked: what?"]);
  });

  it("AG-UI: the TEXT_MESSAGE_CONTENT deltas", async () => {
    const stream = workflowEventStream(responseOf(recorded("v2-stream-agui.txt")));
    const expected = await workflowEventStream(responseOf(recorded("v2-stream-agui.txt"))).finalText();
    expect(expected.length).toBeGreaterThan(0);
    expect((await read(stream.textStream())).join("")).toBe(expected);
  });

  it("an error event errors the ReadableStream after the text received before it", async () => {
    const body = text(`${token("partial")}{"event": "error", "data": {"error": "model exploded"}}\n\n`);
    const reader = runEventStream(responseOf(body, [token("partial").length]))
      .textStream()
      .getReader();
    expect(await reader.read()).toEqual({ done: false, value: "partial" });
    const failure = await reader.read().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamError);
    expect((failure as StreamError).message).toMatch(/model exploded/);
  });

  it("cancelling it cancels the response body", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(text(token("a")));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = runEventStream(new Response(body)).textStream().getReader();
    expect(await reader.read()).toEqual({ done: false, value: "a" });
    await reader.cancel();
    expect(cancelled).toBe(true);
  });

  it("pipes into a Response body as UTF-8", async () => {
    const body = text(`${token("Grüß ") + token("dich 👋")}{"event": "end", "data": {}}\n\n`);
    const stream = runEventStream(responseOf(body, [3, 40, 41]));
    const response = new Response(stream.textStream().pipeThrough(new TextEncoderStream()));
    expect(await response.text()).toBe("Grüß dich 👋");
    expect(stream.endReason).toBe("end");
  });
});

describe("other framings", () => {
  it("Responses API: chunks until data: [DONE]", async () => {
    const body = text(
      'data: {"id":"r1","object":"response.chunk","delta":"Hi"}\n\ndata: {"id":"r1","object":"response.chunk","delta":" there"}\n\nevent: response.completed\ndata: {"id":"r1","object":"response","status":"completed"}\n\ndata: [DONE]\n\n',
    );
    const stream = responsesEventStream(responseOf(body));
    expect(await stream.finalText()).toBe("Hi there");
    expect(stream.endReason).toBe("closed");
  });

  it("/logs-stream: timestamped lines, keepalives skipped", async () => {
    const body = text(
      '{"1732269000000": "server started"}\n\nkeepalive\n\n{"1732269000500": "GET /health"}\n\n',
    );
    expect(await collect(logEventStream(responseOf(body)))).toEqual([
      { timestamp: "1732269000000", message: "server started" },
      { timestamp: "1732269000500", message: "GET /health" },
    ]);
  });
});

// lf.logs.stream() reading real log lines from the mock's /logs-stream, on a hand-driven clock (the server polls its
// log buffer once a second and sends `keepalive` after five idle polls), then ending it by abort() or a signal.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { APIError, LangflowClient, type LangflowStream, type LogEvent } from "../../../src/index";
import { loadDecoders } from "../../../src/streaming/readers";
import { manualClock } from "../../support/manual-clock";
import { useMockedClient } from "./support";

const clock = manualClock();
const { mock, client } = useMockedClient({ logRetrieval: true, clock });
afterEach(() => clock.clear());
const tick = clock.tick;
// A stream loads its decoders on demand (a dynamic import, which takes real time here: the module is compiled on
// first use). Loaded once before the tests, so readUntil's 50 rounds of the hand-driven clock count the server's
// polls, not the time the module takes to load.
beforeAll(() => loadDecoders());

/** Reads events until one contains `until`, ticking the clock while waiting (at most 50 polls). */
async function readUntil(stream: LangflowStream<LogEvent, undefined>, until: string): Promise<LogEvent[]> {
  const reader = stream[Symbol.asyncIterator]();
  const seen: LogEvent[] = [];
  for (let polls = 0; polls < 50; polls++) {
    let settled = false;
    const next = reader.next().finally(() => {
      settled = true;
    });
    while (!settled && polls < 50) {
      await tick();
      polls++;
    }
    const r = await next;
    if (r.done) return seen;
    seen.push(r.value);
    if (r.value.message.includes(until)) return seen;
  }
  return seen;
}

describe("lf.logs.stream", () => {
  it("yields each new log line of a run as {timestamp, message}, in order, skipping keepalives", async () => {
    const lf = client();
    const stream = await lf.logs.stream();
    await tick(6); // six idle polls: one keepalive frame, which the SDK does not surface
    await lf.run("echo-chat", { inputValue: "streamed" });
    const events = await readUntil(stream, "finished");
    stream.abort();
    expect(events.map((e) => e.message.replace(/^\S+ /, ""))).toEqual([
      "DEBUG Building Chat Input\n",
      "DEBUG Building Chat Output\n",
      expect.stringMatching(/^DEBUG Flow [0-9a-f-]{36} run [0-9a-f-]{36} finished: success\n$/),
    ]);
    const stamps = events.map((e) => Number(e.timestamp));
    expect(stamps.every((t) => Number.isInteger(t) && t > 0)).toBe(true);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    // Lines written before the stream opened are not replayed.
    const before = await lf.logs.get({ linesBefore: 100 });
    expect(Object.keys(before).length).toBeGreaterThan(events.length);
  });

  it("lives past the client's whole-call timeout (a live stream has no end to time)", async () => {
    const lf = client({ timeout: 20 });
    const stream = await lf.logs.stream();
    await new Promise((resolve) => setTimeout(resolve, 60)); // three client timeouts of silence
    await lf.run("echo-chat", { inputValue: "late" });
    const events = await readUntil(stream, "finished");
    stream.abort();
    expect(events.at(-1)?.message).toContain("finished: success");
  });

  it("abort() ends a read that is waiting for lines, and iteration after it", async () => {
    const stream = await client().logs.stream();
    const reader = stream[Symbol.asyncIterator]();
    const waiting = reader.next();
    await tick(2);
    stream.abort();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect((await reader.next()).done).toBe(true);
  });

  it("a call signal aborts the stream: the loop ends quietly (endReason aborted)", async () => {
    const controller = new AbortController();
    const stream = await client().logs.stream({ signal: controller.signal });
    const events: LogEvent[] = [];
    const reading = (async () => {
      for await (const e of stream) events.push(e);
    })();
    await tick(2);
    controller.abort();
    await reading; // no APIUserAbortError out of the loop
    expect(events).toEqual([]);
    expect(stream.endReason).toBe("aborted");
  });

  it("a server without log retrieval answers 501 when the stream is opened", async () => {
    const off = setupLangflowMock(); // LANGFLOW_ENABLE_LOG_RETRIEVAL off, as the pinned server runs
    mock.close();
    off.listen({ onUnhandledRequest: "error" });
    try {
      const direct = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: off.apiKey });
      const err = await direct.logs.stream().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(APIError);
      expect(err).toMatchObject({ status: 501, detail: "Log retrieval is disabled" });
    } finally {
      off.close();
      mock.listen({ onUnhandledRequest: "error" });
    }
  });
});

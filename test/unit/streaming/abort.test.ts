// Ending a stream early, as README and TypeDoc promise: `stream.abort()` and the caller's AbortController end a
// `for await` loop quietly (no APIUserAbortError out of the loop), `endReason` is "aborted", and finalText() resolves
// with what arrived. Through the public clients and the transport, against the in-process mock (30 ms between
// tokens); abort-loopback.test.ts does the same against real sockets (msw would catch its requests here).
import { describe, expect, it } from "vitest";
import { useMockedClient } from "../resources/support";

const { client, flowId } = useMockedClient({ tokenDelayMs: 30 });
const LONG = "one two three four five six seven eight nine ten eleven twelve";

describe("abort through the client, against the mock", () => {
  it("stream.abort() inside the loop: the loop ends quietly, finalText() has what arrived", async () => {
    const stream = client().stream("model-chat", { inputValue: LONG });
    let tokens = "";
    for await (const event of stream) {
      if (event.event !== "token") continue;
      tokens += event.data.chunk;
      if (tokens.length > 8) stream.abort();
    }
    expect(stream.endReason).toBe("aborted");
    expect(tokens.length).toBeGreaterThan(8);
    expect(`You said: ${LONG}`.startsWith(tokens)).toBe(true);
    expect(await stream.finalText()).toBe(tokens);
  });

  it("the caller's AbortController ends a v1 loop quietly", async () => {
    const controller = new AbortController();
    const stream = client().stream("model-chat", { inputValue: LONG }, { signal: controller.signal });
    let tokens = 0;
    for await (const event of stream) {
      if (event.event === "token" && ++tokens === 2) controller.abort();
    }
    expect(tokens).toBe(2);
    expect(stream.endReason).toBe("aborted");
  });

  it("the caller's AbortController ends a v2 workflow loop quietly", async () => {
    const controller = new AbortController();
    const stream = client().workflows.stream(
      flowId("model-chat"),
      { inputValue: LONG },
      { signal: controller.signal },
    );
    let events = 0;
    for await (const _ of stream) if (++events === 3) controller.abort();
    expect(events).toBe(3);
    expect(stream.endReason).toBe("aborted");
  });

  it("finalText() while an abort comes resolves with the text so far", async () => {
    const stream = client().stream("model-chat", { inputValue: LONG });
    setTimeout(() => stream.abort(), 100);
    const text = await stream.finalText();
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(`You said: ${LONG}`.length);
    expect(stream.endReason).toBe("aborted");
  });

  it("abort() before the first read: nothing is read, the loop ends at once", async () => {
    const stream = client().stream("model-chat", { inputValue: LONG });
    stream.abort();
    for await (const _ of stream) throw new Error("no event expected");
    expect(stream.endReason).toBe("aborted");
    expect(await stream.finalText()).toBe("");
  });
});

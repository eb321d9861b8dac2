// Ending a stream early against a loopback server that streams forever or never answers, through the public clients
// and the transport (abort.test.ts does it against the in-process mock): `controller.abort()` and `stream.abort()`
// end the loop quietly and free the connection. Also: a timeout's message names its limit and the option.
import { afterEach, describe, expect, it } from "vitest";
import { APITimeoutError, LangflowClient, WorkflowsClient } from "../../../src/index";
import { type Loopback, loopback } from "../core/loopback";

/** v2 calls take a UUID as it is (a name would be looked up first). */
const FLOW_ID = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";

describe("abort through the client, against a slow loopback server", () => {
  let server: Loopback | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A v1 run stream that sends one token every 20 ms and never ends. */
  const endless = () =>
    loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      let n = 0;
      const timer = setInterval(() => res.write(`{"event": "token", "data": {"chunk": "t${n++} "}}\n\n`), 20);
      res.on("close", () => clearInterval(timer));
    });

  it("controller.abort() mid-stream: quiet end, the text so far, the connection closed", async () => {
    server = await endless();
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k" });
    const controller = new AbortController();
    const stream = lf.stream("f", { inputValue: "x" }, { signal: controller.signal });
    let tokens = 0;
    for await (const event of stream) if (event.event === "token" && ++tokens === 3) controller.abort();
    expect(stream.endReason).toBe("aborted");
    expect(await stream.finalText()).toBe("t0 t1 t2 ");
    // The aborted call's connection is closed (a keep-alive socket of an earlier request may close too).
    await expect.poll(() => server?.closedSockets()).toBeGreaterThanOrEqual(1);
  });

  it("stream.abort() while the server has not sent its headers yet: quiet end", async () => {
    server = await loopback(() => {
      // never answers
    });
    const wf = new WorkflowsClient({ baseUrl: server.url, apiKey: "k", apiVersion: "current" });
    const stream = wf.stream(FLOW_ID, { inputValue: "x" });
    setTimeout(() => stream.abort(), 50);
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toEqual([]);
    expect(stream.endReason).toBe("aborted");
  });

  it("a timeout names its limit and the option to raise", async () => {
    server = await loopback(() => {
      // never answers
    });
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k", maxRetries: 0 });
    const error = await lf.version({ timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/exceeded its timeout \(50 ms\).*option timeout/);
  });

  it("an idle stream's timeout names idleTimeout and its limit", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"event": "token", "data": {"chunk": "a"}}\n\n'); // then silence
    });
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k" });
    const error = await lf
      .stream("f", { inputValue: "x" }, { idleTimeout: 60 })
      .finalText()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/exceeded its idleTimeout \(60 ms\).*option idleTimeout/);
  });
});

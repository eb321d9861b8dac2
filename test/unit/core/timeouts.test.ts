// Issue 16, item 3 (review F5: C18, C31, C32): a server that never sends headers on a stream, a stream that drips
// forever, timers longer than the platform can wait, and absurd retry counts.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { APITimeoutError, LangflowClient, LangflowConfigError, WorkflowsClient } from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

/** v2 calls take a UUID as it is (a name would be looked up first). */
const FLOW_ID = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";

let server: Loopback | undefined;
const open: ServerResponse[] = [];
afterEach(async () => {
  for (const res of open.splice(0)) res.destroy();
  await server?.close();
  server = undefined;
});

/** Accepts the request and never answers. */
const silent = () =>
  loopback((_req, res) => {
    open.push(res);
  });

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) {
    // read to the end
  }
}

describe("idleTimeout bounds the wait for a stream's headers", () => {
  it("v1 stream: a server that never answers ends with a timeout naming idleTimeout", async () => {
    server = await silent();
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k", idleTimeout: 200 });
    const error = await drain(lf.stream("f", { inputValue: "hi" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain("idleTimeout");
  });

  it("v2 stream: the per-call idleTimeout does the same", async () => {
    server = await silent();
    const wf = new WorkflowsClient({ baseUrl: server.url, apiKey: "k", apiVersion: "current" });
    await expect(
      wf.stream(FLOW_ID, { inputValue: "hi" }, { idleTimeout: 200 }).finalText(),
    ).rejects.toBeInstanceOf(APITimeoutError);
  });
});

describe("an explicit timeout applies to streams", () => {
  /** Sends a byte of whitespace every 50 ms, forever: never idle, never done. */
  const dripping = () =>
    loopback((_req, res) => {
      open.push(res);
      res.writeHead(200, { "content-type": "text/event-stream" });
      const timer = setInterval(() => res.write("\n"), 50);
      res.on("close", () => clearInterval(timer));
    });

  it("the client's timeout, when set", async () => {
    server = await dripping();
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k", timeout: 400, idleTimeout: 10_000 });
    const error = await drain(lf.stream("f", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain("timeout");
  });

  it("the per-call timeout", async () => {
    server = await dripping();
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: "k" });
    await expect(drain(lf.stream("f", {}, { timeout: 400 }))).rejects.toBeInstanceOf(APITimeoutError);
  });
});

describe("numbers the platform cannot honour are refused", () => {
  const base = { baseUrl: "http://127.0.0.1:9", apiKey: "k" };

  it.each([
    ["timeout", 2 ** 31],
    ["idleTimeout", 2 ** 31],
    ["timeout", Number.MAX_SAFE_INTEGER],
    ["maxRetries", 101],
    ["maxRetries", 1e9],
    ["maxRetries", -1],
    ["maxRetries", 1.5],
  ])("client option %s: %s", (name, value) => {
    expect(() => new LangflowClient({ ...base, [name]: value })).toThrow(LangflowConfigError);
    expect(() => new LangflowClient({ ...base, [name]: value })).toThrow(new RegExp(`"${name}"`));
  });

  it.each([
    ["timeout", 2 ** 31],
    ["idleTimeout", 2 ** 40],
    ["maxRetries", 1e9],
    ["timeout", -5],
  ])("request option %s: %s, before anything is sent", (name, value) => {
    const lf = new LangflowClient(base);
    expect(() => lf.version({ [name]: value })).toThrow(LangflowConfigError);
    expect(() => lf.stream("f", {}, { [name]: value })).toThrow(LangflowConfigError);
  });

  it("the largest values are accepted", () => {
    const lf = new LangflowClient({
      ...base,
      timeout: 2 ** 31 - 1,
      idleTimeout: 2 ** 31 - 1,
      maxRetries: 100,
    });
    expect(lf).toBeInstanceOf(LangflowClient);
  });

  it("the message says what is allowed and how to turn a timeout off", () => {
    expect(() => new LangflowClient({ ...base, timeout: 1e12 })).toThrow(
      /ms from 0 to 2147483647 \(0: no limit/,
    );
  });
});
